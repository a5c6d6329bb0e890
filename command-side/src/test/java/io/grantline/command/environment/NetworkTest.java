package io.grantline.command.environment;

import static io.grantline.command.environment.EnvironmentSamples.ADMINS;
import static io.grantline.command.environment.EnvironmentSamples.ALICE;
import static io.grantline.command.environment.EnvironmentSamples.SCIENTISTS;
import static io.grantline.command.environment.EnvironmentSamples.URI;
import static io.grantline.command.environment.EnvironmentSamples.VPC_URI;
import static io.grantline.command.environment.EnvironmentSamples.createNetwork;
import static io.grantline.command.environment.EnvironmentSamples.created;
import static io.grantline.command.environment.EnvironmentSamples.invited;
import static io.grantline.command.environment.EnvironmentSamples.networkCreated;
import static org.hamcrest.Matchers.containsString;

import io.grantline.api.environment.EnvironmentCommands.DeleteNetwork;
import io.grantline.api.environment.EnvironmentEvents.NetworkDeleted;
import io.grantline.api.error.InvalidInput;
import io.grantline.api.error.ObjectNotFound;
import io.grantline.api.error.RequiredParameter;
import io.grantline.api.error.ResourceAlreadyExists;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NetworkTest {

    AggregateTestFixture<Environment> fixture;

    @BeforeEach
    void setUp() {
        fixture = EnvironmentFixture.with(new InMemoryEnvironmentLinks());
    }

    @Test
    void aNetworkIsCreatedInTheEnvironmentsAccountAndRegion() {
        fixture.given(created())
                .when(createNetwork(VPC_URI, "vpc-0a1b2c3d", ADMINS))
                .expectEvents(networkCreated(ADMINS));
    }

    @Test
    void anInvitedTeamMayOwnANetwork() {
        fixture.given(created(), invited(SCIENTISTS))
                .when(createNetwork(VPC_URI, "vpc-0a1b2c3d", SCIENTISTS))
                .expectEvents(networkCreated(SCIENTISTS));
    }

    @Test
    void aVpcIsAssociatedToTheEnvironmentOnce() {
        fixture.given(created(), networkCreated(ADMINS))
                .when(createNetwork("vpcuri02", "vpc-0a1b2c3d", ADMINS))
                .expectException(ResourceAlreadyExists.class)
                .expectExceptionMessage(containsString("Vpc vpc-0a1b2c3d is already associated to environment " + URI))
                .expectNoEvents();
    }

    @Test
    void theNetworksTeamMustBeATeamOfTheEnvironment() {
        fixture.given(created())
                .when(createNetwork(VPC_URI, "vpc-0a1b2c3d", SCIENTISTS))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("SamlGroupName " + SCIENTISTS + " is not a team"))
                .expectNoEvents();
    }

    @Test
    void aNetworkNeedsAVpcId() {
        fixture.given(created())
                .when(createNetwork(VPC_URI, null, ADMINS))
                .expectException(RequiredParameter.class)
                .expectExceptionMessage(containsString("vpcId is required"))
                .expectNoEvents();
    }

    @Test
    void deletingANetworkRecordsItsDeletion() {
        fixture.given(created(), networkCreated(ADMINS))
                .when(new DeleteNetwork(URI, VPC_URI, ALICE))
                .expectEvents(new NetworkDeleted(URI, VPC_URI));
    }

    @Test
    void anUnknownNetworkCannotBeDeleted() {
        fixture.given(created())
                .when(new DeleteNetwork(URI, VPC_URI, ALICE))
                .expectException(ObjectNotFound.class)
                .expectNoEvents();
    }
}
