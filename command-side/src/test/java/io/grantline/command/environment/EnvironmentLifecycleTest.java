package io.grantline.command.environment;

import static io.grantline.command.environment.EnvironmentSamples.ACCOUNT;
import static io.grantline.command.environment.EnvironmentSamples.ADMINS;
import static io.grantline.command.environment.EnvironmentSamples.ALICE;
import static io.grantline.command.environment.EnvironmentSamples.ORG;
import static io.grantline.command.environment.EnvironmentSamples.PRINCIPAL_URI;
import static io.grantline.command.environment.EnvironmentSamples.REGION;
import static io.grantline.command.environment.EnvironmentSamples.SCIENTISTS;
import static io.grantline.command.environment.EnvironmentSamples.STACK;
import static io.grantline.command.environment.EnvironmentSamples.URI;
import static io.grantline.command.environment.EnvironmentSamples.VPC_URI;
import static io.grantline.command.environment.EnvironmentSamples.create;
import static io.grantline.command.environment.EnvironmentSamples.created;
import static io.grantline.command.environment.EnvironmentSamples.deleted;
import static io.grantline.command.environment.EnvironmentSamples.deploymentRequested;
import static io.grantline.command.environment.EnvironmentSamples.invited;
import static io.grantline.command.environment.EnvironmentSamples.networkCreated;
import static io.grantline.command.environment.EnvironmentSamples.principalAdded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.axonframework.test.matchers.Matchers.predicate;
import static org.hamcrest.Matchers.anything;
import static org.hamcrest.Matchers.containsString;

import io.grantline.api.environment.EnvironmentCommands.CreateEnvironment;
import io.grantline.api.environment.EnvironmentCommands.DeleteEnvironment;
import io.grantline.api.environment.EnvironmentCommands.InviteGroupOnEnvironment;
import io.grantline.api.environment.EnvironmentCommands.RecordEnvironmentStackStatus;
import io.grantline.api.environment.EnvironmentCommands.RedeployEnvironmentStack;
import io.grantline.api.environment.EnvironmentCommands.UpdateEnvironment;
import io.grantline.api.environment.EnvironmentEvents.ConsumptionPrincipalRemoved;
import io.grantline.api.environment.EnvironmentEvents.EnvironmentCreated;
import io.grantline.api.environment.EnvironmentEvents.EnvironmentStackStatusChanged;
import io.grantline.api.environment.EnvironmentEvents.EnvironmentUpdated;
import io.grantline.api.environment.EnvironmentEvents.GroupRemovedFromEnvironment;
import io.grantline.api.environment.EnvironmentEvents.NetworkDeleted;
import io.grantline.api.environment.StackStatus;
import io.grantline.api.error.InvalidInput;
import io.grantline.api.error.ObjectNotFound;
import io.grantline.api.error.RequiredParameter;
import io.grantline.api.error.ResourceAlreadyExists;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EnvironmentLifecycleTest {

    InMemoryEnvironmentLinks links;
    AggregateTestFixture<Environment> fixture;

    @BeforeEach
    void setUp() {
        links = new InMemoryEnvironmentLinks();
        fixture = EnvironmentFixture.with(links);
    }

    static CreateEnvironment createWith(String label, String account, String region, String group, String org,
                                    String prefix, String defaultRoleArn) {
        return new CreateEnvironment(URI, org, label, null, account, region, group, null, prefix, null,
                defaultRoleArn, null, null, null, STACK, ALICE);
    }

    static UpdateEnvironment update(String label, String group, String prefix) {
        return new UpdateEnvironment(URI, label, null, null, group, prefix, null, null, null, null, ALICE);
    }

    @Test
    void createEnvironmentRecordsItWithDataallDerivedNamesAndTheDefaultPrefix() {
        fixture.givenNoPriorActivity()
                .when(create())
                .expectSuccessfulHandlerExecution()
                .expectEvents(created(), deploymentRequested("environment created"));
    }

    @Test
    void accessLogsBucketOfALongLabelKeepsTheUriAndSuffixWithinSixtyThreeCharacters() {
        String label = "Sales data of every region and every product line since launch";
        fixture.givenNoPriorActivity()
                .when(createWith(label, ACCOUNT, REGION, ADMINS, ORG, null, null))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate(event -> event instanceof EnvironmentCreated created
                                && created.logsBucketName().length() <= 63
                                && created.logsBucketName().startsWith("dataall-sales-data-of")
                                && created.logsBucketName().endsWith("-" + URI + "-access-logs")),
                        anything(), andNoMore())));
    }

    @Test
    void createEnvironmentLinksTheAccountAndRegionToTheOrganizationAndAdminTeam() {
        fixture.givenNoPriorActivity().when(create()).expectSuccessfulHandlerExecution();

        assertThat(links.links).containsEntry(URI, new InMemoryEnvironmentLinks.Link(ORG, ACCOUNT, REGION, ADMINS));
    }

    @Test
    void anAccountAndRegionPairCanBeLinkedOnce() {
        links.link("otherenv", "otherorg", ACCOUNT, REGION, "Others");

        fixture.givenNoPriorActivity()
                .when(create())
                .expectException(ResourceAlreadyExists.class)
                .expectExceptionMessage(containsString(ACCOUNT + " in region " + REGION))
                .expectNoEvents();
    }

    @Test
    void theSameAccountMayBeLinkedInAnotherRegion() {
        links.link("otherenv", "otherorg", ACCOUNT, "us-east-1", "Others");

        fixture.givenNoPriorActivity().when(create()).expectSuccessfulHandlerExecution();
    }

    @Test
    void labelIsRequired() {
        fixture.givenNoPriorActivity()
                .when(createWith(" ", ACCOUNT, REGION, ADMINS, ORG, null, null))
                .expectException(RequiredParameter.class)
                .expectExceptionMessage(containsString("label is required"))
                .expectNoEvents();
    }

    @Test
    void awsAccountIdIsRequired() {
        fixture.givenNoPriorActivity()
                .when(createWith("Sales", null, REGION, ADMINS, ORG, null, null))
                .expectException(RequiredParameter.class)
                .expectExceptionMessage(containsString("AwsAccountId is required"))
                .expectNoEvents();
    }

    @Test
    void regionIsRequired() {
        fixture.givenNoPriorActivity()
                .when(createWith("Sales", ACCOUNT, "", ADMINS, ORG, null, null))
                .expectException(RequiredParameter.class)
                .expectExceptionMessage(containsString("region is required"))
                .expectNoEvents();
    }

    @Test
    void samlGroupNameIsRequired() {
        fixture.givenNoPriorActivity()
                .when(createWith("Sales", ACCOUNT, REGION, null, ORG, null, null))
                .expectException(RequiredParameter.class)
                .expectExceptionMessage(containsString("SamlGroupName is required"))
                .expectNoEvents();
    }

    @Test
    void organizationUriIsRequired() {
        fixture.givenNoPriorActivity()
                .when(createWith("Sales", ACCOUNT, REGION, ADMINS, null, null, null))
                .expectException(RequiredParameter.class)
                .expectExceptionMessage(containsString("organizationUri is required"))
                .expectNoEvents();
    }

    @Test
    void awsAccountIdMustBeTwelveDigits() {
        fixture.givenNoPriorActivity()
                .when(createWith("Sales", "12345678901a", REGION, ADMINS, ORG, null, null))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("AwsAccountId must be 12 digits"))
                .expectNoEvents();
    }

    @Test
    void regionMustBeAKnownAwsRegion() {
        fixture.givenNoPriorActivity()
                .when(createWith("Sales", ACCOUNT, "eu-middle-9", ADMINS, ORG, null, null))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("region eu-middle-9 is not a known AWS region"))
                .expectNoEvents();
    }

    @Test
    void labelIsAtMostSixtyFourCharacters() {
        fixture.givenNoPriorActivity()
                .when(createWith("x".repeat(65), ACCOUNT, REGION, ADMINS, ORG, null, null))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("label must be at most 64 characters"))
                .expectNoEvents();
    }

    @Test
    void resourcePrefixMustBeLowerCaseLettersAndDashes() {
        fixture.givenNoPriorActivity()
                .when(createWith("Sales", ACCOUNT, REGION, ADMINS, ORG, "Data_All1", null))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("resourcePrefix Data_All1 must match the pattern ^[a-z-]+$"))
                .expectNoEvents();
    }

    @Test
    void importedDefaultRoleIsUsedAsTheEnvironmentRole() {
        String arn = "arn:aws:iam::111122223333:role/service/existing-role";
        fixture.givenNoPriorActivity()
                .when(createWith("Sales Data", ACCOUNT, REGION, ADMINS, ORG, "acme", arn))
                .expectEvents(new EnvironmentCreated(URI, ORG, "Sales Data", "sales-data", null, ACCOUNT, REGION,
                                ADMINS, "alice", List.of(), "acme", Map.of(), "existing-role", arn, true,
                                "acme-sales-data-envuri01", "acme-sales-data-envuri01", null, null, List.of(), STACK,
                                null, "acme-sales-data-envuri01-access-logs"),
                        deploymentRequested("environment created"));
    }

    @Test
    void defaultRoleArnMustBeAnIamRoleArn() {
        fixture.givenNoPriorActivity()
                .when(createWith("Sales", ACCOUNT, REGION, ADMINS, ORG, null, "arn:aws:iam::111122223333:user/bob"))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("EnvironmentDefaultIAMRoleArn must be the ARN of an IAM role"))
                .expectNoEvents();
    }

    @Test
    void defaultRoleMustBelongToTheEnvironmentsAccount() {
        fixture.givenNoPriorActivity()
                .when(createWith("Sales", ACCOUNT, REGION, ADMINS, ORG, null, "arn:aws:iam::999988887777:role/r"))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("EnvironmentDefaultIAMRoleArn must be a role of the environment's account"))
                .expectNoEvents();
    }

    @Test
    void permissionsBoundaryMustBeAnIamPolicyArn() {
        CreateEnvironment command = new CreateEnvironment(URI, ORG, "Sales", null, ACCOUNT, REGION, ADMINS, null,
                null, null, null, "arn:aws:iam::111122223333:role/not-a-policy", null, null, STACK, ALICE);
        fixture.givenNoPriorActivity()
                .when(command)
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("PermissionsBoundaryPolicyArn must be the ARN of an IAM policy"))
                .expectNoEvents();
    }

    @Test
    void updateEnvironmentCarriesTheWholeUpdatableStateAndRedeploysTheStack() {
        UpdateEnvironment command = new UpdateEnvironment(URI, "Sales Lake", null, List.of("lake"), null, null,
                null, null, null, null, ALICE);
        fixture.given(created())
                .when(command)
                .expectEvents(new EnvironmentUpdated(URI, "Sales Lake", "Sales team's account", List.of("lake"),
                                ADMINS, "dataall", Map.of("dashboardsEnabled", "true"), null, null, List.of(), null),
                        deploymentRequested("environment updated"));
    }

    @Test
    void updateRefusesAResourcePrefixOutsideTheDataallPattern() {
        fixture.given(created())
                .when(update(null, null, "UPPER"))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("resourcePrefix"))
                .expectNoEvents();
    }

    @Test
    void updateRefusesALabelLongerThanSixtyFourCharacters() {
        fixture.given(created())
                .when(update("y".repeat(65), null, null))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("label must be at most 64 characters"))
                .expectNoEvents();
    }

    @Test
    void aNewSamlGroupNameHandsTheEnvironmentOverAndKeepsThePreviousAdminsAsInvitedTeam() {
        links.link(URI, ORG, ACCOUNT, REGION, ADMINS);
        fixture.given(created())
                .when(update(null, SCIENTISTS, null))
                .expectEvents(new EnvironmentUpdated(URI, "Sales Data", "Sales team's account", List.of("sales"),
                                SCIENTISTS, "dataall", Map.of("dashboardsEnabled", "true"), null, null, List.of(),
                                null),
                        invited(ADMINS),
                        deploymentRequested("environment updated"));

        assertThat(links.links.get(URI).adminGroup()).isEqualTo(SCIENTISTS);
    }

    @Test
    void handingTheEnvironmentOverToAnInvitedTeamEndsItsInvitation() {
        fixture.given(created(), invited(SCIENTISTS))
                .when(update(null, SCIENTISTS, null))
                .expectEvents(new GroupRemovedFromEnvironment(URI, SCIENTISTS),
                        new EnvironmentUpdated(URI, "Sales Data", "Sales team's account", List.of("sales"),
                                SCIENTISTS, "dataall", Map.of("dashboardsEnabled", "true"), null, null, List.of(),
                                null),
                        invited(ADMINS),
                        deploymentRequested("environment updated"));
    }

    @Test
    void deleteEnvironmentRemovesItsPrincipalsAndNetworksAndUnlinksTheAccount() {
        links.link(URI, ORG, ACCOUNT, REGION, ADMINS);
        fixture.given(created(), principalAdded(ADMINS), networkCreated(ADMINS))
                .when(new DeleteEnvironment(URI, true, ALICE))
                .expectEvents(new ConsumptionPrincipalRemoved(URI, PRINCIPAL_URI), new NetworkDeleted(URI, VPC_URI),
                        deleted());

        assertThat(links.links).doesNotContainKey(URI);
    }

    @Test
    void aDeletedEnvironmentCannotBeDeletedAgain() {
        fixture.given(created(), deleted())
                .when(new DeleteEnvironment(URI, false, ALICE))
                .expectException(ObjectNotFound.class)
                .expectNoEvents();
    }

    @Test
    void aDeletedEnvironmentRefusesUpdates() {
        fixture.given(created(), deleted())
                .when(update("New", null, null))
                .expectException(ObjectNotFound.class)
                .expectExceptionMessage(containsString("Environment " + URI + " not found"))
                .expectNoEvents();
    }

    @Test
    void aDeletedEnvironmentRefusesInvitations() {
        fixture.given(created(), deleted())
                .when(new InviteGroupOnEnvironment(URI, SCIENTISTS, List.of("CREATE_DATASET"), null, ALICE))
                .expectException(ObjectNotFound.class)
                .expectNoEvents();
    }

    @Test
    void aDeletedEnvironmentRefusesRedeploys() {
        fixture.given(created(), deleted())
                .when(new RedeployEnvironmentStack(URI, ALICE))
                .expectException(ObjectNotFound.class)
                .expectNoEvents();
    }

    @Test
    void redeployAsksForTheStackToBeDeployedAgain() {
        fixture.given(created())
                .when(new RedeployEnvironmentStack(URI, ALICE))
                .expectEvents(deploymentRequested("redeploy requested"));
    }

    @Test
    void stackStatusReportsBecomeStatusChanges() {
        fixture.given(created())
                .when(new RecordEnvironmentStackStatus(URI, "d1", StackStatus.CREATE_COMPLETE, "stack-id",
                        Map.of("bucket", "b"), null))
                .expectEvents(new EnvironmentStackStatusChanged(URI, STACK, "d1", StackStatus.CREATE_COMPLETE,
                        "stack-id", Map.of("bucket", "b"), null, null));
    }

    @Test
    void aRepeatedStackStatusReportChangesNothing() {
        fixture.given(created(), new EnvironmentStackStatusChanged(URI, STACK, "d1", StackStatus.CREATE_COMPLETE,
                        "stack-id", Map.of(), null, null))
                .when(new RecordEnvironmentStackStatus(URI, "d1", StackStatus.CREATE_COMPLETE, "stack-id", Map.of(),
                        null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void stackStatusReportsForADeletedEnvironmentAreIgnored() {
        fixture.given(created(), deleted())
                .when(new RecordEnvironmentStackStatus(URI, "d1", StackStatus.DELETE_COMPLETE, "stack-id", Map.of(),
                        null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
