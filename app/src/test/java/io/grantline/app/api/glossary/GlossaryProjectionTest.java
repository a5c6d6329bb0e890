package io.grantline.app.api.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import io.grantline.api.dataset.DatasetEvents.DatasetUpdated;
import io.grantline.api.glossary.GlossaryEvents.GlossaryCreated;
import io.grantline.api.glossary.GlossaryEvents.GlossaryNodeCreated;
import io.grantline.api.glossary.GlossaryEvents.TermAssociationApproved;
import io.grantline.api.glossary.GlossaryNodeType;
import io.grantline.api.glossary.GlossaryQueries.FindTermLink;
import io.grantline.api.glossary.GlossaryQueries.TermLinkView;
import io.grantline.api.glossary.TermLinks;
import io.grantline.app.api.ApiTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Term links and their approvals as the read model keeps them: the dataset's events and the glossary's are handled by
 * different segments, so an approval may be projected before the link it approves, and must still count.
 */
class GlossaryProjectionTest extends ApiTest {

    static final Instant LINKED = Instant.parse("2026-12-01T10:00:00Z");

    @Autowired
    EventStore eventStore;
    @Autowired
    QueryGateway queryGateway;

    String glossaryUri;
    String termUri;
    String datasetUri;
    String linkUri;

    @BeforeEach
    void aGlossaryWithATerm() {
        glossaryUri = unique("gls");
        termUri = unique("trm");
        datasetUri = unique("ds");
        linkUri = TermLinks.linkUri(datasetUri, termUri);
        record(glossaryUri, new GlossaryCreated(glossaryUri, "Projected", "", "approved", "stewards", "ada",
                "/" + glossaryUri, LINKED.minusSeconds(600)));
        record(glossaryUri, new GlossaryNodeCreated(glossaryUri, termUri, GlossaryNodeType.TERM, glossaryUri,
                "/" + glossaryUri + "/" + termUri, "ARR", "", "approved", "ada", LINKED.minusSeconds(600)));
    }

    @Test
    void anApprovalProjectedBeforeItsLinkStillApprovesIt() {
        record(glossaryUri, approval(LINKED.plusSeconds(60)));

        record(datasetUri, naming(List.of(termUri), LINKED));

        awaitApproval(true);
    }

    @Test
    void anApprovalProjectedAfterItsLinkApprovesIt() {
        record(datasetUri, naming(List.of(termUri), LINKED));

        record(glossaryUri, approval(LINKED.plusSeconds(60)));

        awaitApproval(true);
    }

    @Test
    void theApprovalOfALinkTakenOffDoesNotApproveItWhenNamedAgain() {
        record(datasetUri, naming(List.of(termUri), LINKED));
        record(glossaryUri, approval(LINKED.plusSeconds(60)));
        awaitApproval(true);
        record(datasetUri, naming(List.of(), LINKED.plusSeconds(120)));

        record(datasetUri, naming(List.of(termUri), LINKED.plusSeconds(180)));

        Awaitility.await("the link named again").atMost(Duration.ofSeconds(30))
                .until(() -> awaitLink().created().equals(LINKED.plusSeconds(180).toString()));
        assertThat(awaitLink().approvedBySteward()).isFalse();
    }

    private void awaitApproval(boolean approved) {
        Awaitility.await("approval " + approved + " of " + linkUri).atMost(Duration.ofSeconds(30))
                .until(() -> awaitLink().approvedBySteward() == approved);
    }

    private TermAssociationApproved approval(Instant at) {
        return new TermAssociationApproved(glossaryUri, termUri, linkUri, datasetUri, "Dataset", "ada", at);
    }

    private DatasetUpdated naming(List<String> terms, Instant at) {
        return new DatasetUpdated(datasetUri, "Orders", "", "stewards", "stewards", List.of(), List.of(), terms,
                "Unclassified", "English", false, null, List.of(), "alias", false, null, null, null, at);
    }

    private TermLinkView awaitLink() {
        AtomicReference<TermLinkView> link = new AtomicReference<>();
        Awaitility.await("link " + linkUri).atMost(Duration.ofSeconds(30)).until(() -> {
            link.set(queryGateway.query(new FindTermLink(linkUri), ResponseTypes.instanceOf(TermLinkView.class))
                    .join());
            return link.get() != null;
        });
        return link.get();
    }

    private void record(String aggregateId, Object payload) {
        String type = payload instanceof DatasetUpdated ? "Dataset" : "Glossary";
        long sequence = eventStore.lastSequenceNumberFor(aggregateId).map(last -> last + 1).orElse(0L);
        eventStore.publish(new GenericDomainEventMessage<>(type, aggregateId, sequence, payload));
    }
}
