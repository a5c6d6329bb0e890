package io.grantline.command.environment;

import static io.grantline.command.environment.EnvironmentSamples.ADMINS;
import static io.grantline.command.environment.EnvironmentSamples.ALICE;
import static io.grantline.command.environment.EnvironmentSamples.PRINCIPAL_ARN;
import static io.grantline.command.environment.EnvironmentSamples.PRINCIPAL_URI;
import static io.grantline.command.environment.EnvironmentSamples.SCIENTISTS;
import static io.grantline.command.environment.EnvironmentSamples.URI;
import static io.grantline.command.environment.EnvironmentSamples.addPrincipal;
import static io.grantline.command.environment.EnvironmentSamples.created;
import static io.grantline.command.environment.EnvironmentSamples.invited;
import static io.grantline.command.environment.EnvironmentSamples.principalAdded;
import static org.hamcrest.Matchers.containsString;

import io.grantline.api.environment.EnvironmentCommands.AddConsumptionPrincipal;
import io.grantline.api.environment.EnvironmentCommands.RemoveConsumptionPrincipal;
import io.grantline.api.environment.EnvironmentCommands.UpdateConsumptionPrincipal;
import io.grantline.api.environment.EnvironmentEvents.ConsumptionPrincipalAdded;
import io.grantline.api.environment.EnvironmentEvents.ConsumptionPrincipalRemoved;
import io.grantline.api.environment.EnvironmentEvents.ConsumptionPrincipalUpdated;
import io.grantline.api.error.InvalidInput;
import io.grantline.api.error.ObjectNotFound;
import io.grantline.api.error.RequiredParameter;
import io.grantline.api.error.ResourceAlreadyExists;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConsumptionPrincipalTest {

    AggregateTestFixture<Environment> fixture;

    @BeforeEach
    void setUp() {
        fixture = EnvironmentFixture.with(new InMemoryEnvironmentLinks());
    }

    @Test
    void aRoleArnAddsARolePrincipalNamedAfterTheRole() {
        fixture.given(created())
                .when(addPrincipal(PRINCIPAL_URI, "consumer", ADMINS, PRINCIPAL_ARN))
                .expectEvents(principalAdded(ADMINS));
    }

    @Test
    void aUserArnAddsAUserPrincipal() {
        String arn = "arn:aws:iam::111122223333:user/bob";
        fixture.given(created())
                .when(addPrincipal(PRINCIPAL_URI, "bob", ADMINS, arn))
                .expectEvents(new ConsumptionPrincipalAdded(URI, PRINCIPAL_URI, "bob", ADMINS, arn, "bob", "USER",
                        "FULLY_MANAGED", null));
    }

    @Test
    void thePrincipalArnMustBeAnIamRoleOrUserArn() {
        fixture.given(created())
                .when(addPrincipal(PRINCIPAL_URI, "x", ADMINS, "arn:aws:iam::111122223333:group/analysts"))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("IAMPrincipalArn must be the ARN of an IAM role or user"))
                .expectNoEvents();
    }

    @Test
    void thePrincipalMustBeInTheEnvironmentsAccount() {
        fixture.given(created())
                .when(addPrincipal(PRINCIPAL_URI, "x", ADMINS, "arn:aws:iam::999988887777:role/x"))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("IAMPrincipalArn must be in the environment's account"))
                .expectNoEvents();
    }

    @Test
    void thePrincipalsTeamMustBeATeamOfTheEnvironment() {
        fixture.given(created())
                .when(addPrincipal(PRINCIPAL_URI, "consumer", SCIENTISTS, PRINCIPAL_ARN))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("groupUri " + SCIENTISTS + " is not a team"))
                .expectNoEvents();
    }

    @Test
    void anInvitedTeamMayOwnAPrincipal() {
        fixture.given(created(), invited(SCIENTISTS))
                .when(addPrincipal(PRINCIPAL_URI, "consumer", SCIENTISTS, PRINCIPAL_ARN))
                .expectEvents(principalAdded(SCIENTISTS));
    }

    @Test
    void principalNamesAreUniqueInTheEnvironment() {
        fixture.given(created(), principalAdded(ADMINS))
                .when(addPrincipal("princip2", "consumer", ADMINS, "arn:aws:iam::111122223333:role/other"))
                .expectException(ResourceAlreadyExists.class)
                .expectExceptionMessage(containsString("named consumer already exists"))
                .expectNoEvents();
    }

    @Test
    void anIamPrincipalIsAddedToTheEnvironmentOnce() {
        fixture.given(created(), principalAdded(ADMINS))
                .when(addPrincipal("princip2", "another", ADMINS, PRINCIPAL_ARN))
                .expectException(ResourceAlreadyExists.class)
                .expectExceptionMessage(containsString("is already added"))
                .expectNoEvents();
    }

    @Test
    void policyManagementMustBeADataallOption() {
        fixture.given(created())
                .when(new AddConsumptionPrincipal(URI, PRINCIPAL_URI, "consumer", ADMINS, PRINCIPAL_ARN, "SOMETIMES",
                        ALICE))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("dataallManaged SOMETIMES is not one of"))
                .expectNoEvents();
    }

    @Test
    void aPrincipalNeedsAName() {
        fixture.given(created())
                .when(addPrincipal(PRINCIPAL_URI, null, ADMINS, PRINCIPAL_ARN))
                .expectException(RequiredParameter.class)
                .expectExceptionMessage(containsString("consumptionPrincipalName is required"))
                .expectNoEvents();
    }

    @Test
    void aPrincipalNeedsAnArn() {
        fixture.given(created())
                .when(addPrincipal(PRINCIPAL_URI, "consumer", ADMINS, ""))
                .expectException(RequiredParameter.class)
                .expectExceptionMessage(containsString("IAMPrincipalArn is required"))
                .expectNoEvents();
    }

    @Test
    void updatingAPrincipalChangesItsNameTeamAndPolicyManagement() {
        fixture.given(created(), invited(SCIENTISTS), principalAdded(ADMINS))
                .when(new UpdateConsumptionPrincipal(URI, PRINCIPAL_URI, "renamed", SCIENTISTS, "EXTERNALLY_MANAGED",
                        ALICE))
                .expectEvents(new ConsumptionPrincipalUpdated(URI, PRINCIPAL_URI, "renamed", SCIENTISTS,
                        "EXTERNALLY_MANAGED", null));
    }

    @Test
    void anUnknownPrincipalCannotBeUpdated() {
        fixture.given(created())
                .when(new UpdateConsumptionPrincipal(URI, "nosuchpr", "renamed", ADMINS, "FULLY_MANAGED", ALICE))
                .expectException(ObjectNotFound.class)
                .expectNoEvents();
    }

    @Test
    void aPrincipalCannotBeHandedToATeamOutsideTheEnvironment() {
        fixture.given(created(), principalAdded(ADMINS))
                .when(new UpdateConsumptionPrincipal(URI, PRINCIPAL_URI, "consumer", SCIENTISTS, "FULLY_MANAGED",
                        ALICE))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("groupUri"))
                .expectNoEvents();
    }

    @Test
    void removingAPrincipalRecordsItsRemoval() {
        fixture.given(created(), principalAdded(ADMINS))
                .when(new RemoveConsumptionPrincipal(URI, PRINCIPAL_URI, ALICE))
                .expectEvents(new ConsumptionPrincipalRemoved(URI, PRINCIPAL_URI));
    }

    @Test
    void anUnknownPrincipalCannotBeRemoved() {
        fixture.given(created())
                .when(new RemoveConsumptionPrincipal(URI, PRINCIPAL_URI, ALICE))
                .expectException(ObjectNotFound.class)
                .expectNoEvents();
    }
}
