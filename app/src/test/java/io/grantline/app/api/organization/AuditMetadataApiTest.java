package io.grantline.app.api.organization;

import static org.assertj.core.api.Assertions.assertThat;

import io.grantline.api.MetaDataKeys;
import io.grantline.api.organization.OrganizationEvents.GroupInvitedToOrganization;
import io.grantline.api.tenant.TenantEvents.GroupRegistered;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every event says who caused it, on which API call, and which message caused it. */
class AuditMetadataApiTest extends OrganizationApiSupport {

    @Autowired
    EventStore eventStore;

    String team;
    User owner;

    @BeforeEach
    void signInOwner() {
        team = unique("team");
        owner = signIn(unique("owner"), team);
    }

    List<? extends DomainEventMessage<?>> eventsOf(String aggregateId) {
        return eventStore.readEvents(aggregateId).asStream().toList();
    }

    static Object meta(DomainEventMessage<?> event, String key) {
        return event.getMetaData().get(key);
    }

    static DomainEventMessage<?> last(List<? extends DomainEventMessage<?>> events, Class<?> payloadType) {
        return events.stream().filter(event -> payloadType.isInstance(event.getPayload()))
                .reduce((first, second) -> second).orElseThrow();
    }

    @Test
    void everyEventOfAnOrganizationCarriesTheActorACorrelationIdAndACausationId() {
        String uri = createOrganization(owner, "Audited", team);
        owner.graphql(UPDATE, "uri", uri, "input", map("description", "changed"));
        invite(owner, uri, unique("guests"));

        List<? extends DomainEventMessage<?>> events = eventsOf(uri);

        assertThat(events).hasSize(3);
        assertThat(events).allSatisfy(event -> {
            assertThat(meta(event, MetaDataKeys.ACTOR)).isEqualTo(owner.username);
            assertThat(meta(event, MetaDataKeys.ACTOR_GROUPS)).isEqualTo(team);
            assertThat(meta(event, MetaDataKeys.CORRELATION_ID)).asString().isNotBlank();
            assertThat(meta(event, MetaDataKeys.CAUSATION_ID)).asString().isNotBlank();
        });
    }

    @Test
    void eachApiCallHasItsOwnCorrelationId() {
        String uri = createOrganization(owner, "Audited", team);
        owner.graphql(UPDATE, "uri", uri, "input", map("description", "changed"));

        List<? extends DomainEventMessage<?>> events = eventsOf(uri);

        assertThat(meta(events.get(0), MetaDataKeys.CORRELATION_ID))
                .isNotEqualTo(meta(events.get(1), MetaDataKeys.CORRELATION_ID));
        assertThat(meta(events.get(0), MetaDataKeys.CAUSATION_ID))
                .isNotEqualTo(meta(events.get(1), MetaDataKeys.CAUSATION_ID));
    }

    @Test
    void twoCommandsOfOneApiCallShareACorrelationIdButNotACausationId() {
        String uri = createOrganization(owner, "Audited", team);
        String guests = unique("guests");

        // inviting a team nobody has signed in with also registers the team: a second command, same call
        invite(owner, uri, guests);

        DomainEventMessage<?> invited = last(eventsOf(uri), GroupInvitedToOrganization.class);
        DomainEventMessage<?> registered = last(eventsOf(guests), GroupRegistered.class);
        assertThat(meta(registered, MetaDataKeys.CORRELATION_ID))
                .isEqualTo(meta(invited, MetaDataKeys.CORRELATION_ID));
        assertThat(meta(registered, MetaDataKeys.CAUSATION_ID))
                .isNotEqualTo(meta(invited, MetaDataKeys.CAUSATION_ID));
        assertThat(meta(registered, MetaDataKeys.ACTOR)).isEqualTo(owner.username);
    }
}
