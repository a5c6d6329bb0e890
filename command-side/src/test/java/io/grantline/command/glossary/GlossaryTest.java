package io.grantline.command.glossary;

import static org.hamcrest.Matchers.containsString;

import io.grantline.api.Actor;
import io.grantline.api.error.InvalidInput;
import io.grantline.api.error.ObjectNotFound;
import io.grantline.api.error.RequiredParameter;
import io.grantline.api.error.UnauthorizedOperation;
import io.grantline.api.glossary.GlossaryCommands.ApproveTermAssociation;
import io.grantline.api.glossary.GlossaryCommands.CreateGlossary;
import io.grantline.api.glossary.GlossaryCommands.CreateGlossaryNode;
import io.grantline.api.glossary.GlossaryCommands.DeleteGlossary;
import io.grantline.api.glossary.GlossaryCommands.DeleteGlossaryNode;
import io.grantline.api.glossary.GlossaryCommands.DismissTermAssociation;
import io.grantline.api.glossary.GlossaryCommands.UpdateGlossary;
import io.grantline.api.glossary.GlossaryCommands.UpdateGlossaryNode;
import io.grantline.api.glossary.GlossaryEvents.GlossaryCreated;
import io.grantline.api.glossary.GlossaryEvents.GlossaryDeleted;
import io.grantline.api.glossary.GlossaryEvents.GlossaryNodeCreated;
import io.grantline.api.glossary.GlossaryEvents.GlossaryNodeDeleted;
import io.grantline.api.glossary.GlossaryEvents.GlossaryNodeUpdated;
import io.grantline.api.glossary.GlossaryEvents.GlossaryUpdated;
import io.grantline.api.glossary.GlossaryEvents.TermAssociationApproved;
import io.grantline.api.glossary.GlossaryEvents.TermAssociationDismissed;
import io.grantline.api.glossary.GlossaryNodeType;
import io.grantline.api.glossary.TermLinks;
import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GlossaryTest {

    static final String GLOSSARY = "gls1";
    static final String CATEGORY = "cat1";
    static final String TERM = "trm1";
    static final String DATASET = "ds1";
    static final String LINK = TermLinks.linkUri(DATASET, TERM);
    static final String STEWARDS = "DataStewards";
    static final Actor ADA = new Actor("ada", List.of(STEWARDS));
    static final Actor MALLORY = new Actor("mallory", List.of("Others"));
    /** Created the glossary, but is not in its admin team. */
    static final Actor ADA_ELSEWHERE = new Actor("ada", List.of("Others"));
    static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");
    /** When the dataset named the term, before the approvals given AT. */
    static final Instant LINKED = AT.minusSeconds(60);

    AggregateTestFixture<Glossary> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Glossary.class);
        fixture.registerIgnoredField(GlossaryCreated.class, "created");
        fixture.registerIgnoredField(GlossaryUpdated.class, "updated");
        fixture.registerIgnoredField(GlossaryDeleted.class, "deleted");
        fixture.registerIgnoredField(GlossaryNodeCreated.class, "created");
        fixture.registerIgnoredField(GlossaryNodeUpdated.class, "updated");
        fixture.registerIgnoredField(GlossaryNodeDeleted.class, "deleted");
        fixture.registerIgnoredField(TermAssociationApproved.class, "approved");
        fixture.registerIgnoredField(TermAssociationDismissed.class, "dismissed");
    }

    static GlossaryCreated created() {
        return new GlossaryCreated(GLOSSARY, "Finance", "Money words", "approved", STEWARDS, "ada", "/gls1", AT);
    }

    static GlossaryNodeCreated category() {
        return new GlossaryNodeCreated(GLOSSARY, CATEGORY, GlossaryNodeType.CATEGORY, GLOSSARY, "/gls1/cat1",
                "Revenue", "", "approved", "ada", AT);
    }

    static GlossaryNodeCreated term() {
        return new GlossaryNodeCreated(GLOSSARY, TERM, GlossaryNodeType.TERM, CATEGORY, "/gls1/cat1/trm1", "ARR",
                "Annual recurring revenue", "approved", "ada", AT);
    }

    static TermAssociationApproved approved() {
        return new TermAssociationApproved(GLOSSARY, TERM, LINK, DATASET, "Dataset", "ada", AT);
    }

    @Test
    void createGlossaryRecordsItWithItsPathAndTheCreatorAsOwner() {
        fixture.givenNoPriorActivity()
                .when(new CreateGlossary(GLOSSARY, "Finance", "Money words", null, STEWARDS, ADA))
                .expectEvents(created());
    }

    @Test
    void aGlossaryNeedsAnAdminTeam() {
        fixture.givenNoPriorActivity()
                .when(new CreateGlossary(GLOSSARY, "Finance", "", null, " ", ADA))
                .expectException(RequiredParameter.class)
                .expectExceptionMessage(containsString("admin"));
    }

    @Test
    void aGlossaryNeedsALabel() {
        fixture.givenNoPriorActivity()
                .when(new CreateGlossary(GLOSSARY, "", "", null, STEWARDS, ADA))
                .expectException(RequiredParameter.class)
                .expectExceptionMessage(containsString("label"));
    }

    @Test
    void updateGlossaryKeepsWhatIsNotGiven() {
        fixture.given(created())
                .when(new UpdateGlossary(GLOSSARY, "Finance EU", null, null, null, ADA))
                .expectEvents(new GlossaryUpdated(GLOSSARY, "Finance EU", "Money words", "approved", STEWARDS, AT));
    }

    @Test
    void onlyTheAdminTeamChangesTheGlossary() {
        fixture.given(created())
                .when(new UpdateGlossary(GLOSSARY, "Mine", null, null, null, MALLORY))
                .expectException(UnauthorizedOperation.class)
                .expectExceptionMessage(containsString("User mallory is not the admin of the glossary Finance."));
    }

    @Test
    void theGlossarysOwnerChangesItOutsideTheAdminTeam() {
        fixture.given(created())
                .when(new UpdateGlossary(GLOSSARY, "Finance EU", null, null, null, ADA_ELSEWHERE))
                .expectEvents(new GlossaryUpdated(GLOSSARY, "Finance EU", "Money words", "approved", STEWARDS, AT));
    }

    @Test
    void aGlossaryTooLongALabelIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new CreateGlossary(GLOSSARY, "x".repeat(Glossary.MAX_LABEL + 1), "", null, STEWARDS, ADA))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("label"));
    }

    @Test
    void onlyTheAdminTeamDeletesTheGlossary() {
        fixture.given(created())
                .when(new DeleteGlossary(GLOSSARY, MALLORY))
                .expectException(UnauthorizedOperation.class)
                .expectNoEvents();
    }

    @Test
    void aDeletedGlossaryIsNotDeletedTwice() {
        fixture.given(created(), new GlossaryDeleted(GLOSSARY, List.of(), AT))
                .when(new DeleteGlossary(GLOSSARY, ADA))
                .expectException(ObjectNotFound.class);
    }

    @Test
    void aDeletedGlossaryTakesNoNewNodes() {
        fixture.given(created(), new GlossaryDeleted(GLOSSARY, List.of(), AT))
                .when(new CreateGlossaryNode(GLOSSARY, CATEGORY, GlossaryNodeType.CATEGORY, GLOSSARY, "Revenue", "",
                        null, ADA))
                .expectException(ObjectNotFound.class);
    }

    @Test
    void aCategoryHangsUnderTheGlossary() {
        fixture.given(created())
                .when(new CreateGlossaryNode(GLOSSARY, CATEGORY, GlossaryNodeType.CATEGORY, GLOSSARY, "Revenue", "",
                        null, ADA))
                .expectEvents(category());
    }

    @Test
    void aTermHangsUnderACategoryWithTheCategorysPath() {
        fixture.given(created(), category())
                .when(new CreateGlossaryNode(GLOSSARY, TERM, GlossaryNodeType.TERM, CATEGORY, "ARR",
                        "Annual recurring revenue", null, ADA))
                .expectEvents(term());
    }

    @Test
    void nothingHangsUnderATerm() {
        fixture.given(created(), category(), term())
                .when(new CreateGlossaryNode(GLOSSARY, "trm2", GlossaryNodeType.TERM, TERM, "MRR", "", null, ADA))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("Category or Glossary are required"));
    }

    @Test
    void anUnknownParentIsNotFound() {
        fixture.given(created())
                .when(new CreateGlossaryNode(GLOSSARY, TERM, GlossaryNodeType.TERM, "nowhere", "ARR", "", null, ADA))
                .expectException(ObjectNotFound.class)
                .expectExceptionMessage(containsString("nowhere"));
    }

    @Test
    void aCategoryHangsUnderACategory() {
        fixture.given(created(), category())
                .when(new CreateGlossaryNode(GLOSSARY, "cat2", GlossaryNodeType.CATEGORY, CATEGORY, "Recurring", "",
                        null, ADA))
                .expectEvents(new GlossaryNodeCreated(GLOSSARY, "cat2", GlossaryNodeType.CATEGORY, CATEGORY,
                        "/gls1/cat1/cat2", "Recurring", "", "approved", "ada", AT));
    }

    @Test
    void aTermNeedsALabel() {
        fixture.given(created(), category())
                .when(new CreateGlossaryNode(GLOSSARY, TERM, GlossaryNodeType.TERM, CATEGORY, " ", "", null, ADA))
                .expectException(RequiredParameter.class)
                .expectExceptionMessage(containsString("label"));
    }

    @Test
    void aGlossaryIsNotCreatedAsANode() {
        fixture.given(created())
                .when(new CreateGlossaryNode(GLOSSARY, "gls2", GlossaryNodeType.GLOSSARY, GLOSSARY, "Other", "",
                        null, ADA))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("nodeType"));
    }

    @Test
    void aParentFromAnotherGlossaryIsNotFound() {
        fixture.given(created())
                .when(new CreateGlossaryNode(GLOSSARY, TERM, GlossaryNodeType.TERM, "gls2", "ARR", "", null, ADA))
                .expectException(ObjectNotFound.class);
    }

    @Test
    void onlyTheAdminTeamAddsNodes() {
        fixture.given(created())
                .when(new CreateGlossaryNode(GLOSSARY, CATEGORY, GlossaryNodeType.CATEGORY, GLOSSARY, "Revenue", "",
                        null, MALLORY))
                .expectException(UnauthorizedOperation.class);
    }

    @Test
    void updateTermKeepsWhatIsNotGiven() {
        fixture.given(created(), category(), term())
                .when(new UpdateGlossaryNode(GLOSSARY, TERM, "Annual revenue", null, null, ADA))
                .expectEvents(new GlossaryNodeUpdated(GLOSSARY, TERM, GlossaryNodeType.TERM, "Annual revenue",
                        "Annual recurring revenue", "approved", AT));
    }

    @Test
    void onlyTheAdminTeamUpdatesNodes() {
        fixture.given(created(), category(), term())
                .when(new UpdateGlossaryNode(GLOSSARY, TERM, "Mine", null, null, MALLORY))
                .expectException(UnauthorizedOperation.class);
    }

    @Test
    void onlyTheAdminTeamDeletesNodes() {
        fixture.given(created(), category(), term())
                .when(new DeleteGlossaryNode(GLOSSARY, TERM, MALLORY))
                .expectException(UnauthorizedOperation.class);
    }

    @Test
    void anUnknownNodeIsNotDeleted() {
        fixture.given(created())
                .when(new DeleteGlossaryNode(GLOSSARY, "nowhere", ADA))
                .expectException(ObjectNotFound.class);
    }

    @Test
    void deletingATermDeletesOnlyIt() {
        fixture.given(created(), category(), term())
                .when(new DeleteGlossaryNode(GLOSSARY, TERM, ADA))
                .expectResultMessagePayload(1)
                .expectEvents(new GlossaryNodeDeleted(GLOSSARY, TERM, GlossaryNodeType.TERM, List.of(TERM), AT));
    }

    @Test
    void aNodeOfADeletedGlossaryIsNotFound() {
        fixture.given(created(), category(), new GlossaryDeleted(GLOSSARY, List.of(CATEGORY), AT))
                .when(new UpdateGlossaryNode(GLOSSARY, CATEGORY, "Again", null, null, ADA))
                .expectException(ObjectNotFound.class);
    }

    @Test
    void anEmptyLabelIsRefused() {
        fixture.given(created(), category())
                .when(new UpdateGlossaryNode(GLOSSARY, CATEGORY, " ", null, null, ADA))
                .expectException(RequiredParameter.class);
    }

    @Test
    void deletingACategoryDeletesEverythingUnderIt() {
        fixture.given(created(), category(), term())
                .when(new DeleteGlossaryNode(GLOSSARY, CATEGORY, ADA))
                .expectResultMessagePayload(2)
                .expectEvents(new GlossaryNodeDeleted(GLOSSARY, CATEGORY, GlossaryNodeType.CATEGORY,
                        List.of(CATEGORY, TERM), AT));
    }

    @Test
    void aDeletedNodeIsNotFound() {
        fixture.given(created(), category(), term(), new GlossaryNodeDeleted(GLOSSARY, TERM, GlossaryNodeType.TERM,
                        List.of(TERM), AT))
                .when(new UpdateGlossaryNode(GLOSSARY, TERM, "Again", null, null, ADA))
                .expectException(ObjectNotFound.class);
    }

    @Test
    void deletingTheGlossaryCountsItAndEveryNode() {
        fixture.given(created(), category(), term())
                .when(new DeleteGlossary(GLOSSARY, ADA))
                .expectResultMessagePayload(3)
                .expectEvents(new GlossaryDeleted(GLOSSARY, List.of(CATEGORY, TERM), AT));
    }

    @Test
    void aDeletedGlossaryChangesNoMore() {
        fixture.given(created(), new GlossaryDeleted(GLOSSARY, List.of(), AT))
                .when(new UpdateGlossary(GLOSSARY, "Back", null, null, null, ADA))
                .expectException(ObjectNotFound.class);
    }

    @Test
    void theAdminTeamApprovesATermAssociation() {
        fixture.given(created(), category(), term())
                .when(new ApproveTermAssociation(GLOSSARY, TERM, LINK, DATASET, "Dataset", LINKED, ADA))
                .expectResultMessagePayload(true)
                .expectEvents(approved());
    }

    @Test
    void approvingAnApprovedAssociationChangesNothing() {
        fixture.given(created(), category(), term(), approved())
                .when(new ApproveTermAssociation(GLOSSARY, TERM, LINK, DATASET, "Dataset", LINKED, ADA))
                .expectResultMessagePayload(false)
                .expectNoEvents();
    }

    @Test
    void onlyTheAdminTeamApprovesAssociations() {
        fixture.given(created(), category(), term())
                .when(new ApproveTermAssociation(GLOSSARY, TERM, LINK, DATASET, "Dataset", LINKED, MALLORY))
                .expectException(UnauthorizedOperation.class)
                .expectExceptionMessage(containsString(
                        "User: mallory is not allowed to manage glossary term associations"));
    }

    @Test
    void theGlossarysOwnerApprovesOutsideTheAdminTeam() {
        fixture.given(created(), category(), term())
                .when(new ApproveTermAssociation(GLOSSARY, TERM, LINK, DATASET, "Dataset", LINKED, ADA_ELSEWHERE))
                .expectResultMessagePayload(true)
                .expectEvents(approved());
    }

    @Test
    void onlyTheAdminTeamDismissesAssociations() {
        fixture.given(created(), category(), term(), approved())
                .when(new DismissTermAssociation(GLOSSARY, TERM, LINK, DATASET, "Dataset", LINKED, MALLORY))
                .expectException(UnauthorizedOperation.class);
    }

    @Test
    void aDeletedTermsAssociationsAreNotApproved() {
        fixture.given(created(), category(), term(), new GlossaryNodeDeleted(GLOSSARY, TERM, GlossaryNodeType.TERM,
                        List.of(TERM), AT))
                .when(new ApproveTermAssociation(GLOSSARY, TERM, LINK, DATASET, "Dataset", LINKED, ADA))
                .expectException(ObjectNotFound.class);
    }

    @Test
    void aLinkNamedAgainAfterItsApprovalIsApprovedAnew() {
        fixture.given(created(), category(), term(), approved())
                .when(new ApproveTermAssociation(GLOSSARY, TERM, LINK, DATASET, "Dataset", AT.plusSeconds(60), ADA))
                .expectResultMessagePayload(true)
                .expectEvents(approved());
    }

    @Test
    void anApprovalOfAnEarlierLinkIsNotDismissedAgain() {
        fixture.given(created(), category(), term(), approved())
                .when(new DismissTermAssociation(GLOSSARY, TERM, LINK, DATASET, "Dataset", AT.plusSeconds(60), ADA))
                .expectResultMessagePayload(false)
                .expectNoEvents();
    }

    @Test
    void anApprovalDismissedCanBeGivenAgain() {
        fixture.given(created(), category(), term(), approved(),
                        new TermAssociationDismissed(GLOSSARY, TERM, LINK, DATASET, "Dataset", "ada", AT))
                .when(new ApproveTermAssociation(GLOSSARY, TERM, LINK, DATASET, "Dataset", LINKED, ADA))
                .expectResultMessagePayload(true)
                .expectEvents(approved());
    }

    @Test
    void onlyTermsHaveAssociations() {
        fixture.given(created(), category())
                .when(new ApproveTermAssociation(GLOSSARY, CATEGORY, LINK, DATASET, "Dataset", LINKED, ADA))
                .expectException(InvalidInput.class);
    }

    @Test
    void dismissingAnApprovedAssociationTakesTheApprovalBack() {
        fixture.given(created(), category(), term(), approved())
                .when(new DismissTermAssociation(GLOSSARY, TERM, LINK, DATASET, "Dataset", LINKED, ADA))
                .expectResultMessagePayload(true)
                .expectEvents(new TermAssociationDismissed(GLOSSARY, TERM, LINK, DATASET, "Dataset", "ada", AT));
    }

    @Test
    void dismissingAnAssociationNotApprovedChangesNothing() {
        fixture.given(created(), category(), term())
                .when(new DismissTermAssociation(GLOSSARY, TERM, LINK, DATASET, "Dataset", LINKED, ADA))
                .expectResultMessagePayload(false)
                .expectNoEvents();
    }
}
