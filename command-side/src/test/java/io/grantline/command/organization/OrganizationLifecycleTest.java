package io.grantline.command.organization;

import static io.grantline.command.organization.OrganizationSamples.ALICE;
import static io.grantline.command.organization.OrganizationSamples.OWNERS;
import static io.grantline.command.organization.OrganizationSamples.URI;
import static io.grantline.command.organization.OrganizationSamples.archived;
import static io.grantline.command.organization.OrganizationSamples.create;
import static io.grantline.command.organization.OrganizationSamples.created;
import static org.hamcrest.Matchers.containsString;

import io.grantline.api.error.InvalidInput;
import io.grantline.api.error.ObjectNotFound;
import io.grantline.api.error.RequiredParameter;
import io.grantline.api.error.ResourceInUse;
import io.grantline.api.organization.OrganizationCommands.ArchiveOrganization;
import io.grantline.api.organization.OrganizationCommands.CreateOrganization;
import io.grantline.api.organization.OrganizationCommands.UpdateOrganization;
import io.grantline.api.organization.OrganizationEvents.OrganizationCreated;
import io.grantline.api.organization.OrganizationEvents.OrganizationUpdated;
import java.util.Arrays;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrganizationLifecycleTest {

    LinkedEnvironments environments;
    AggregateTestFixture<Organization> fixture;

    @BeforeEach
    void setUp() {
        environments = new LinkedEnvironments();
        fixture = OrganizationSamples.fixture(environments);
    }

    @Test
    void createOrganizationRecordsItOwnedByTheTeamWithANameDerivedFromTheLabel() {
        fixture.givenNoPriorActivity()
                .when(create("Sales Data", OWNERS))
                .expectSuccessfulHandlerExecution()
                .expectEvents(created());
    }

    @Test
    void createOrganizationTrimsTheLabelAndTheOwnerTeam() {
        fixture.givenNoPriorActivity()
                .when(create("  Sales Data  ", " " + OWNERS + " "))
                .expectEvents(created());
    }

    @Test
    void createOrganizationDropsBlankTags() {
        fixture.givenNoPriorActivity()
                .when(new CreateOrganization(URI, "Sales Data", "Sales data", Arrays.asList("pii", " ", null),
                        OWNERS, ALICE))
                .expectEvents(created());
    }

    @Test
    void createOrganizationWithoutTagsRecordsAnEmptyTagList() {
        fixture.givenNoPriorActivity()
                .when(new CreateOrganization(URI, "Sales Data", null, null, OWNERS, ALICE))
                .expectEvents(new OrganizationCreated(URI, "Sales Data", "sales-data", null, List.of(), OWNERS,
                        ALICE.username(), null));
    }

    @Test
    void createOrganizationWithoutLabelIsRefused() {
        fixture.givenNoPriorActivity()
                .when(create(null, OWNERS))
                .expectException(RequiredParameter.class)
                .expectExceptionMessage(containsString("label is required"))
                .expectNoEvents();
    }

    @Test
    void createOrganizationWithABlankLabelIsRefused() {
        fixture.givenNoPriorActivity()
                .when(create("   ", OWNERS))
                .expectException(RequiredParameter.class)
                .expectExceptionMessage(containsString("label is required"))
                .expectNoEvents();
    }

    @Test
    void createOrganizationWithALabelLongerThan64CharactersIsRefused() {
        fixture.givenNoPriorActivity()
                .when(create("x".repeat(Organization.MAX_LABEL + 1), OWNERS))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("label must be at most 64 characters long"))
                .expectNoEvents();
    }

    @Test
    void createOrganizationWithoutOwnerTeamIsRefused() {
        fixture.givenNoPriorActivity()
                .when(create("Sales Data", null))
                .expectException(RequiredParameter.class)
                .expectExceptionMessage(containsString("SamlGroupName is required"))
                .expectNoEvents();
    }

    @Test
    void updateOrganizationRecordsTheNewLabelDescriptionAndTags() {
        fixture.given(created())
                .when(new UpdateOrganization(URI, "Finance", "Finance data", List.of("gold"), ALICE))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new OrganizationUpdated(URI, "Finance", "Finance data", List.of("gold"), null));
    }

    @Test
    void updateOrganizationLeavesOutWhatTheCallerDidNotSend() {
        fixture.given(created())
                .when(new UpdateOrganization(URI, null, "Finance data", null, ALICE))
                .expectEvents(new OrganizationUpdated(URI, null, "Finance data", null, null));
    }

    @Test
    void updateOrganizationWithABlankLabelIsRefused() {
        fixture.given(created())
                .when(new UpdateOrganization(URI, " ", null, null, ALICE))
                .expectException(RequiredParameter.class)
                .expectExceptionMessage(containsString("label is required"))
                .expectNoEvents();
    }

    @Test
    void updateOrganizationWithALabelLongerThan64CharactersIsRefused() {
        fixture.given(created())
                .when(new UpdateOrganization(URI, "y".repeat(65), null, null, ALICE))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("label must be at most 64 characters long"))
                .expectNoEvents();
    }

    @Test
    void archivedOrganizationRefusesUpdates() {
        fixture.given(created(), archived())
                .when(new UpdateOrganization(URI, "Finance", null, null, ALICE))
                .expectException(ObjectNotFound.class)
                .expectExceptionMessage(containsString("Organization " + URI + " not found"))
                .expectNoEvents();
    }

    @Test
    void archiveOrganizationWithoutEnvironmentsRecordsItArchived() {
        fixture.given(created())
                .when(new ArchiveOrganization(URI, ALICE))
                .expectSuccessfulHandlerExecution()
                .expectEvents(archived());
    }

    @Test
    void archiveIsRefusedWhileEnvironmentsAreLinked() {
        environments.with("env00001", URI, OWNERS);

        fixture.given(created())
                .when(new ArchiveOrganization(URI, ALICE))
                .expectException(ResourceInUse.class)
                .expectExceptionMessage(containsString("Cannot archive organization " + URI
                        + ": it still has environments"))
                .expectNoEvents();
    }

    @Test
    void environmentsOfAnotherOrganizationDoNotPreventArchiving() {
        environments.with("env00001", "org00002", OWNERS);

        fixture.given(created())
                .when(new ArchiveOrganization(URI, ALICE))
                .expectEvents(archived());
    }

    @Test
    void archiveIsAllowedOnceTheLastEnvironmentIsUnlinked() {
        environments.with("env00001", URI, OWNERS);
        environments.unlink("env00001");

        fixture.given(created())
                .when(new ArchiveOrganization(URI, ALICE))
                .expectEvents(archived());
    }

    @Test
    void archivingAnArchivedOrganizationIsRefused() {
        fixture.given(created(), archived())
                .when(new ArchiveOrganization(URI, ALICE))
                .expectException(ObjectNotFound.class)
                .expectExceptionMessage(containsString("Organization " + URI + " not found"))
                .expectNoEvents();
    }
}
