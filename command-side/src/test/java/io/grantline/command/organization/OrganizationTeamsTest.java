package io.grantline.command.organization;

import static io.grantline.api.permission.ResourcePermissions.GET_ORGANIZATION;
import static io.grantline.api.permission.ResourcePermissions.INVITE_ORGANIZATION_GROUP;
import static io.grantline.api.permission.ResourcePermissions.LINK_ENVIRONMENT;
import static io.grantline.api.permission.ResourcePermissions.REMOVE_ORGANIZATION_GROUP;
import static io.grantline.api.permission.ResourcePermissions.UPDATE_ORGANIZATION;
import static io.grantline.command.organization.OrganizationSamples.ALICE;
import static io.grantline.command.organization.OrganizationSamples.ANALYSTS;
import static io.grantline.command.organization.OrganizationSamples.OWNERS;
import static io.grantline.command.organization.OrganizationSamples.SCIENTISTS;
import static io.grantline.command.organization.OrganizationSamples.URI;
import static io.grantline.command.organization.OrganizationSamples.archived;
import static io.grantline.command.organization.OrganizationSamples.created;
import static io.grantline.command.organization.OrganizationSamples.invited;
import static org.hamcrest.Matchers.containsString;

import io.grantline.api.error.InvalidInput;
import io.grantline.api.error.ObjectNotFound;
import io.grantline.api.error.RequiredParameter;
import io.grantline.api.error.ResourceAlreadyExists;
import io.grantline.api.error.ResourceInUse;
import io.grantline.api.organization.OrganizationCommands.InviteGroupToOrganization;
import io.grantline.api.organization.OrganizationCommands.RemoveGroupFromOrganization;
import io.grantline.api.organization.OrganizationCommands.UpdateOrganizationGroup;
import io.grantline.api.organization.OrganizationEvents.GroupRemovedFromOrganization;
import io.grantline.api.organization.OrganizationEvents.OrganizationGroupPermissionsUpdated;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrganizationTeamsTest {

    LinkedEnvironments environments;
    AggregateTestFixture<Organization> fixture;

    @BeforeEach
    void setUp() {
        environments = new LinkedEnvironments();
        fixture = OrganizationSamples.fixture(environments);
    }

    static InviteGroupToOrganization invite(String group, List<String> permissions) {
        return new InviteGroupToOrganization(URI, group, permissions, ALICE);
    }

    static UpdateOrganizationGroup update(String group, List<String> permissions) {
        return new UpdateOrganizationGroup(URI, group, permissions, ALICE);
    }

    static RemoveGroupFromOrganization remove(String group) {
        return new RemoveGroupFromOrganization(URI, group, ALICE);
    }

    @Test
    void invitedTeamGetsGetOrganizationPlusWhatItWasGranted() {
        fixture.given(created())
                .when(invite(SCIENTISTS, List.of(LINK_ENVIRONMENT)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(invited(SCIENTISTS, GET_ORGANIZATION, LINK_ENVIRONMENT));
    }

    @Test
    void teamInvitedWithoutPermissionsGetsGetOrganizationOnly() {
        fixture.given(created())
                .when(invite(SCIENTISTS, null))
                .expectEvents(invited(SCIENTISTS, GET_ORGANIZATION));
    }

    @Test
    void grantingGetOrganizationExplicitlyIsAcceptedAndNotRepeated() {
        fixture.given(created())
                .when(invite(SCIENTISTS, List.of(LINK_ENVIRONMENT, GET_ORGANIZATION)))
                .expectEvents(invited(SCIENTISTS, GET_ORGANIZATION, LINK_ENVIRONMENT));
    }

    @Test
    void invitingTheOwnerTeamIsRefused() {
        fixture.given(created())
                .when(invite(OWNERS, List.of()))
                .expectException(ResourceAlreadyExists.class)
                .expectExceptionMessage(containsString("Team: " + OWNERS + " is already a member of the organization "
                        + URI))
                .expectNoEvents();
    }

    @Test
    void invitingATeamTwiceIsRefused() {
        fixture.given(created(), invited(SCIENTISTS, GET_ORGANIZATION))
                .when(invite(SCIENTISTS, List.of(LINK_ENVIRONMENT)))
                .expectException(ResourceAlreadyExists.class)
                .expectExceptionMessage(containsString("Team: " + SCIENTISTS + " is already a member"))
                .expectNoEvents();
    }

    @Test
    void invitingWithoutATeamIsRefused() {
        fixture.given(created())
                .when(invite(" ", List.of()))
                .expectException(RequiredParameter.class)
                .expectExceptionMessage(containsString("groupUri is required"))
                .expectNoEvents();
    }

    @Test
    void invitingWithAnUnknownPermissionIsRefused() {
        fixture.given(created())
                .when(invite(SCIENTISTS, List.of("RULE_THE_WORLD")))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("permissions contains unknown permission RULE_THE_WORLD"))
                .expectNoEvents();
    }

    @Test
    void anInvitationCannotGrantWhatOnlyTheOwnerTeamHolds() {
        fixture.given(created())
                .when(invite(SCIENTISTS, List.of(UPDATE_ORGANIZATION)))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("unknown permission " + UPDATE_ORGANIZATION))
                .expectNoEvents();
    }

    @Test
    void archivedOrganizationRefusesInvitations() {
        fixture.given(created(), archived())
                .when(invite(SCIENTISTS, List.of()))
                .expectException(ObjectNotFound.class)
                .expectExceptionMessage(containsString("Organization " + URI + " not found"))
                .expectNoEvents();
    }

    @Test
    void updatingAnInvitedTeamReplacesItsPermissionsKeepingGetOrganization() {
        fixture.given(created(), invited(SCIENTISTS, GET_ORGANIZATION, LINK_ENVIRONMENT))
                .when(update(SCIENTISTS, List.of(INVITE_ORGANIZATION_GROUP, REMOVE_ORGANIZATION_GROUP)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new OrganizationGroupPermissionsUpdated(URI, SCIENTISTS,
                        List.of(GET_ORGANIZATION, INVITE_ORGANIZATION_GROUP, REMOVE_ORGANIZATION_GROUP)));
    }

    @Test
    void updatingATeamWithThePermissionsItIsListedWithIsAccepted() {
        fixture.given(created(), invited(SCIENTISTS, GET_ORGANIZATION))
                .when(update(SCIENTISTS, List.of(GET_ORGANIZATION, LINK_ENVIRONMENT)))
                .expectEvents(new OrganizationGroupPermissionsUpdated(URI, SCIENTISTS,
                        List.of(GET_ORGANIZATION, LINK_ENVIRONMENT)));
    }

    @Test
    void updatingTheOwnerTeamsPermissionsIsRefused() {
        fixture.given(created())
                .when(update(OWNERS, List.of(LINK_ENVIRONMENT)))
                .expectException(ResourceInUse.class)
                .expectExceptionMessage(containsString("Team: " + OWNERS + " owns the organization " + URI
                        + "; its permissions are fixed"))
                .expectNoEvents();
    }

    @Test
    void updatingATeamThatWasNotInvitedIsRefused() {
        fixture.given(created())
                .when(update(ANALYSTS, List.of(LINK_ENVIRONMENT)))
                .expectException(ObjectNotFound.class)
                .expectExceptionMessage(containsString("Team " + ANALYSTS + " in organization " + URI + " not found"))
                .expectNoEvents();
    }

    @Test
    void updatingATeamWithAnUnknownPermissionIsRefused() {
        fixture.given(created(), invited(SCIENTISTS, GET_ORGANIZATION))
                .when(update(SCIENTISTS, List.of("RULE_THE_WORLD")))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("permissions contains unknown permission RULE_THE_WORLD"))
                .expectNoEvents();
    }

    @Test
    void updatingWithoutATeamIsRefused() {
        fixture.given(created())
                .when(update(null, List.of(LINK_ENVIRONMENT)))
                .expectException(RequiredParameter.class)
                .expectExceptionMessage(containsString("groupUri is required"))
                .expectNoEvents();
    }

    @Test
    void archivedOrganizationRefusesTeamUpdates() {
        fixture.given(created(), invited(SCIENTISTS, GET_ORGANIZATION), archived())
                .when(update(SCIENTISTS, List.of(LINK_ENVIRONMENT)))
                .expectException(ObjectNotFound.class)
                .expectNoEvents();
    }

    @Test
    void removingAnInvitedTeamRecordsItsRemoval() {
        fixture.given(created(), invited(SCIENTISTS, GET_ORGANIZATION))
                .when(remove(SCIENTISTS))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new GroupRemovedFromOrganization(URI, SCIENTISTS));
    }

    @Test
    void aRemovedTeamCanBeInvitedAgain() {
        fixture.given(created(), invited(SCIENTISTS, GET_ORGANIZATION),
                        new GroupRemovedFromOrganization(URI, SCIENTISTS))
                .when(invite(SCIENTISTS, List.of()))
                .expectEvents(invited(SCIENTISTS, GET_ORGANIZATION));
    }

    @Test
    void aRemovedTeamCannotBeUpdated() {
        fixture.given(created(), invited(SCIENTISTS, GET_ORGANIZATION),
                        new GroupRemovedFromOrganization(URI, SCIENTISTS))
                .when(update(SCIENTISTS, List.of(LINK_ENVIRONMENT)))
                .expectException(ObjectNotFound.class)
                .expectNoEvents();
    }

    @Test
    void removingTheOwnerTeamIsRefused() {
        fixture.given(created())
                .when(remove(OWNERS))
                .expectException(ResourceInUse.class)
                .expectExceptionMessage(containsString("Team: " + OWNERS + " owns the organization " + URI
                        + " and cannot be removed"))
                .expectNoEvents();
    }

    @Test
    void removingATeamThatWasNotInvitedIsRefused() {
        fixture.given(created())
                .when(remove(ANALYSTS))
                .expectException(ObjectNotFound.class)
                .expectExceptionMessage(containsString("Team " + ANALYSTS + " in organization " + URI + " not found"))
                .expectNoEvents();
    }

    @Test
    void removingATeamIsRefusedWhileItAdministersEnvironmentsOfTheOrganization() {
        environments.with("env00001", URI, SCIENTISTS);

        fixture.given(created(), invited(SCIENTISTS, GET_ORGANIZATION, LINK_ENVIRONMENT))
                .when(remove(SCIENTISTS))
                .expectException(ResourceInUse.class)
                .expectExceptionMessage(containsString("Team: " + SCIENTISTS + " has environments in organization "
                        + URI))
                .expectNoEvents();
    }

    @Test
    void environmentsOfOtherTeamsDoNotPreventRemovingATeam() {
        environments.with("env00001", URI, OWNERS).with("env00002", "org00002", SCIENTISTS);

        fixture.given(created(), invited(SCIENTISTS, GET_ORGANIZATION))
                .when(remove(SCIENTISTS))
                .expectEvents(new GroupRemovedFromOrganization(URI, SCIENTISTS));
    }

    @Test
    void removingWithoutATeamIsRefused() {
        fixture.given(created())
                .when(remove(""))
                .expectException(RequiredParameter.class)
                .expectExceptionMessage(containsString("groupUri is required"))
                .expectNoEvents();
    }

    @Test
    void archivedOrganizationRefusesRemovals() {
        fixture.given(created(), invited(SCIENTISTS, GET_ORGANIZATION), archived())
                .when(remove(SCIENTISTS))
                .expectException(ObjectNotFound.class)
                .expectExceptionMessage(containsString("Organization " + URI + " not found"))
                .expectNoEvents();
    }
}
