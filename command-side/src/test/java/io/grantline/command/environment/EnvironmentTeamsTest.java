package io.grantline.command.environment;

import static io.grantline.command.environment.EnvironmentSamples.ADMINS;
import static io.grantline.command.environment.EnvironmentSamples.ALICE;
import static io.grantline.command.environment.EnvironmentSamples.SCIENTISTS;
import static io.grantline.command.environment.EnvironmentSamples.URI;
import static io.grantline.command.environment.EnvironmentSamples.created;
import static io.grantline.command.environment.EnvironmentSamples.deploymentRequested;
import static io.grantline.command.environment.EnvironmentSamples.invite;
import static io.grantline.command.environment.EnvironmentSamples.invited;
import static io.grantline.command.environment.EnvironmentSamples.networkCreated;
import static io.grantline.command.environment.EnvironmentSamples.principalAdded;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

import io.grantline.api.environment.EnvironmentCommands.InviteGroupOnEnvironment;
import io.grantline.api.environment.EnvironmentCommands.RemoveGroupFromEnvironment;
import io.grantline.api.environment.EnvironmentCommands.UpdateGroupEnvironmentPermissions;
import io.grantline.api.environment.EnvironmentEvents.EnvironmentGroupPermissionsUpdated;
import io.grantline.api.environment.EnvironmentEvents.GroupInvitedToEnvironment;
import io.grantline.api.environment.EnvironmentEvents.GroupRemovedFromEnvironment;
import io.grantline.api.error.InvalidInput;
import io.grantline.api.error.ObjectNotFound;
import io.grantline.api.error.RequiredParameter;
import io.grantline.api.error.ResourceAlreadyExists;
import io.grantline.api.error.ResourceInUse;
import io.grantline.api.permission.ResourcePermissions;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EnvironmentTeamsTest {

    AggregateTestFixture<Environment> fixture;

    @BeforeEach
    void setUp() {
        fixture = EnvironmentFixture.with(new InMemoryEnvironmentLinks());
    }

    @Test
    void anInvitedTeamGetsTheDefaultsPlusTheChosenPermissionsATeamRoleAndAWorkgroup() {
        fixture.given(created())
                .when(invite(SCIENTISTS, "CREATE_DATASET", "CREATE_NETWORK"))
                .expectEvents(invited(SCIENTISTS, "CREATE_DATASET", "CREATE_NETWORK"),
                        deploymentRequested("team " + SCIENTISTS + " invited"));
    }

    @Test
    void anInvitationWithARoleArnImportsThatRoleAsTheTeamRole() {
        String arn = "arn:aws:iam::111122223333:role/scientists-role";
        List<String> permissions = new ArrayList<>(ResourcePermissions.ENVIRONMENT_INVITED_DEFAULT);
        permissions.add("RUN_ATHENA_QUERY");
        fixture.given(created())
                .when(new InviteGroupOnEnvironment(URI, SCIENTISTS, List.of("RUN_ATHENA_QUERY"), arn, ALICE))
                .expectEvents(new GroupInvitedToEnvironment(URI, SCIENTISTS, permissions, "scientists-role", arn, true,
                                "dataall-datascientists-envuri01", "alice", null),
                        deploymentRequested("team " + SCIENTISTS + " invited"));
    }

    @Test
    void anImportedTeamRoleMustBeARoleOfTheEnvironmentsAccount() {
        fixture.given(created())
                .when(new InviteGroupOnEnvironment(URI, SCIENTISTS, List.of("CREATE_DATASET"),
                        "arn:aws:iam::999988887777:role/elsewhere", ALICE))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("environmentIAMRoleArn"))
                .expectNoEvents();
    }

    @Test
    void aTeamAlreadyInvitedCannotBeInvitedAgain() {
        fixture.given(created(), invited(SCIENTISTS))
                .when(invite(SCIENTISTS, "CREATE_DATASET"))
                .expectException(ResourceAlreadyExists.class)
                .expectExceptionMessage(containsString("Team " + SCIENTISTS + " is already a member"))
                .expectNoEvents();
    }

    @Test
    void theAdminTeamCannotBeInvited() {
        fixture.given(created())
                .when(invite(ADMINS, "CREATE_DATASET"))
                .expectException(ResourceAlreadyExists.class)
                .expectNoEvents();
    }

    @Test
    void anInvitationMayOnlyGrantTheInvitationPermissions() {
        fixture.given(created())
                .when(invite(SCIENTISTS, "DELETE_ENVIRONMENT"))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(allOf(containsString("permissions"), containsString("DELETE_ENVIRONMENT")))
                .expectNoEvents();
    }

    @Test
    void anInvitationNeedsPermissions() {
        fixture.given(created())
                .when(invite(SCIENTISTS))
                .expectException(RequiredParameter.class)
                .expectExceptionMessage(containsString("permissions is required"))
                .expectNoEvents();
    }

    @Test
    void anInvitationNeedsAGroup() {
        fixture.given(created())
                .when(invite(" ", "CREATE_DATASET"))
                .expectException(RequiredParameter.class)
                .expectExceptionMessage(containsString("groupUri is required"))
                .expectNoEvents();
    }

    @Test
    void updatingAnInvitedTeamsPermissionsReplacesThemAndRedeploysTheStack() {
        List<String> permissions = new ArrayList<>(ResourcePermissions.ENVIRONMENT_INVITED_DEFAULT);
        permissions.add("CREATE_SHARE_OBJECT");
        fixture.given(created(), invited(SCIENTISTS, "CREATE_DATASET"))
                .when(new UpdateGroupEnvironmentPermissions(URI, SCIENTISTS, List.of("CREATE_SHARE_OBJECT"), ALICE))
                .expectEvents(new EnvironmentGroupPermissionsUpdated(URI, SCIENTISTS, permissions),
                        deploymentRequested("permissions of team " + SCIENTISTS + " updated"));
    }

    @Test
    void theAdminTeamsPermissionsCannotBeUpdated() {
        fixture.given(created())
                .when(new UpdateGroupEnvironmentPermissions(URI, ADMINS, List.of("CREATE_DATASET"), ALICE))
                .expectException(ResourceInUse.class)
                .expectExceptionMessage(containsString("admin team"))
                .expectNoEvents();
    }

    @Test
    void permissionsOfATeamOutsideTheEnvironmentCannotBeUpdated() {
        fixture.given(created())
                .when(new UpdateGroupEnvironmentPermissions(URI, SCIENTISTS, List.of("CREATE_DATASET"), ALICE))
                .expectException(ObjectNotFound.class)
                .expectNoEvents();
    }

    @Test
    void updatedPermissionsMustBeInvitationPermissions() {
        fixture.given(created(), invited(SCIENTISTS))
                .when(new UpdateGroupEnvironmentPermissions(URI, SCIENTISTS, List.of("UPDATE_ENVIRONMENT"), ALICE))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("UPDATE_ENVIRONMENT"))
                .expectNoEvents();
    }

    @Test
    void removingAnInvitedTeamRedeploysTheStack() {
        fixture.given(created(), invited(SCIENTISTS))
                .when(new RemoveGroupFromEnvironment(URI, SCIENTISTS, ALICE))
                .expectEvents(new GroupRemovedFromEnvironment(URI, SCIENTISTS),
                        deploymentRequested("team " + SCIENTISTS + " removed"));
    }

    @Test
    void theAdminTeamCannotBeRemoved() {
        fixture.given(created())
                .when(new RemoveGroupFromEnvironment(URI, ADMINS, ALICE))
                .expectException(ResourceInUse.class)
                .expectNoEvents();
    }

    @Test
    void aTeamThatIsNotInTheEnvironmentCannotBeRemoved() {
        fixture.given(created())
                .when(new RemoveGroupFromEnvironment(URI, SCIENTISTS, ALICE))
                .expectException(ObjectNotFound.class)
                .expectNoEvents();
    }

    @Test
    void aTeamOwningConsumptionPrincipalsCannotBeRemovedAndIsToldWhich() {
        fixture.given(created(), invited(SCIENTISTS), principalAdded(SCIENTISTS))
                .when(new RemoveGroupFromEnvironment(URI, SCIENTISTS, ALICE))
                .expectException(ResourceInUse.class)
                .expectExceptionMessage(containsString("consumption principal(s) [consumer]"))
                .expectNoEvents();
    }

    @Test
    void aTeamOwningNetworksCannotBeRemovedAndIsToldWhich() {
        fixture.given(created(), invited(SCIENTISTS), networkCreated(SCIENTISTS))
                .when(new RemoveGroupFromEnvironment(URI, SCIENTISTS, ALICE))
                .expectException(ResourceInUse.class)
                .expectExceptionMessage(containsString("network(s) [vpc-0a1b2c3d]"))
                .expectNoEvents();
    }
}
