package io.grantline.command.environment;

import io.grantline.api.environment.EnvironmentEvents.ConsumptionPrincipalAdded;
import io.grantline.api.environment.EnvironmentEvents.ConsumptionPrincipalUpdated;
import io.grantline.api.environment.EnvironmentEvents.EnvironmentCreated;
import io.grantline.api.environment.EnvironmentEvents.EnvironmentDeleted;
import io.grantline.api.environment.EnvironmentEvents.EnvironmentStackDeploymentRequested;
import io.grantline.api.environment.EnvironmentEvents.EnvironmentStackStatusChanged;
import io.grantline.api.environment.EnvironmentEvents.EnvironmentUpdated;
import io.grantline.api.environment.EnvironmentEvents.GroupInvitedToEnvironment;
import io.grantline.api.environment.EnvironmentEvents.NetworkCreated;
import org.axonframework.test.aggregate.AggregateTestFixture;

/** An Environment fixture wired with the external command handler; timestamps and deployment ids are not compared. */
final class EnvironmentFixture {

    private EnvironmentFixture() {
    }

    static AggregateTestFixture<Environment> with(InMemoryEnvironmentLinks links) {
        AggregateTestFixture<Environment> fixture = new AggregateTestFixture<>(Environment.class);
        fixture.registerAnnotatedCommandHandler(new EnvironmentCommandHandler(fixture.getRepository(), links));
        fixture.registerIgnoredField(EnvironmentCreated.class, "created");
        fixture.registerIgnoredField(EnvironmentUpdated.class, "updated");
        fixture.registerIgnoredField(EnvironmentDeleted.class, "deleted");
        fixture.registerIgnoredField(GroupInvitedToEnvironment.class, "invited");
        fixture.registerIgnoredField(ConsumptionPrincipalAdded.class, "added");
        fixture.registerIgnoredField(ConsumptionPrincipalUpdated.class, "updated");
        fixture.registerIgnoredField(NetworkCreated.class, "created");
        fixture.registerIgnoredField(EnvironmentStackDeploymentRequested.class, "deploymentId");
        fixture.registerIgnoredField(EnvironmentStackDeploymentRequested.class, "requested");
        fixture.registerIgnoredField(EnvironmentStackStatusChanged.class, "changed");
        return fixture;
    }
}
