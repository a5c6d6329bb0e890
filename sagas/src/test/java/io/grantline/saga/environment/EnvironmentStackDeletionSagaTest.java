package io.grantline.saga.environment;

import static io.grantline.saga.environment.SampleEnvironment.ACCOUNT;
import static io.grantline.saga.environment.SampleEnvironment.CREATED;
import static io.grantline.saga.environment.SampleEnvironment.ENVIRONMENT;
import static io.grantline.saga.environment.SampleEnvironment.ORGANIZATION;
import static io.grantline.saga.environment.SampleEnvironment.REGION;
import static io.grantline.saga.environment.SampleEnvironment.created;
import static io.grantline.saga.environment.SampleEnvironment.statusChanged;
import static org.assertj.core.api.Assertions.assertThat;

import io.grantline.api.environment.EnvironmentEvents.EnvironmentDeleted;
import io.grantline.api.environment.StackStatus;
import io.grantline.cloud.local.LocalCloud;
import io.grantline.cloud.local.LocalCloudFaults.Kind;
import io.grantline.cloud.local.LocalCloudFaults.Operation;
import java.time.Duration;
import java.util.Map;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EnvironmentStackDeletionSagaTest {

    static final DeploymentPolicy POLICY = new DeploymentPolicy(Duration.ofSeconds(5), 100, 3, Duration.ofSeconds(10),
            Duration.ofMinutes(1));
    static final String TEMPLATE = "{\"Resources\":{\"Topic\":{\"Type\":\"AWS::SNS::Topic\"}}}";

    SagaTestFixture<EnvironmentStackDeletionSaga> fixture;
    SampleEnvironment environment;
    LocalCloud cloud;
    String stackId;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(EnvironmentStackDeletionSaga.class);
        environment = new SampleEnvironment();
        cloud = new LocalCloud(Duration.ZERO, FixtureTime.of(fixture));
        fixture.registerListenerInvocationErrorHandler(PropagatingErrorHandler.instance());
        fixture.registerResource(new EnvironmentHistory(environment.store()));
        fixture.registerResource(cloud.deployer);
        fixture.registerResource(POLICY);
        stackId = cloud.deployer.deploy("dataall-environment-" + ENVIRONMENT, ACCOUNT, REGION, TEMPLATE, Map.of())
                .stackId();
    }

    @AfterEach
    void tearDown() {
        environment.close();
    }

    @Test
    void deletingTheEnvironmentFromAwsDeletesItsStack() throws Exception {
        fixture.givenAggregate(ENVIRONMENT).published(environment.record(created(),
                        statusChanged("d1", StackStatus.CREATE_COMPLETE, stackId)))
                .whenAggregate(ENVIRONMENT).publishes(environment.recordOne(deleted(true)))
                .expectActiveSagas(0);

        assertThat(cloud.deployer.describe(stackId).status()).isEqualTo("DELETE_COMPLETE");
    }

    @Test
    void deletingTheEnvironmentOnlyFromGrantlineKeepsTheStack() throws Exception {
        fixture.givenAggregate(ENVIRONMENT).published(environment.record(created(),
                        statusChanged("d1", StackStatus.CREATE_COMPLETE, stackId)))
                .whenAggregate(ENVIRONMENT).publishes(environment.recordOne(deleted(false)))
                .expectActiveSagas(0);

        assertThat(cloud.deployer.describe(stackId).status()).isEqualTo("CREATE_COMPLETE");
    }

    @Test
    void throttledDeletionIsRetried() throws Exception {
        cloud.faults.inject(Operation.DELETE_STACK, ACCOUNT, Kind.THROTTLING, 1);

        fixture.givenAggregate(ENVIRONMENT).published(environment.record(created(),
                        statusChanged("d1", StackStatus.CREATE_COMPLETE, stackId), deleted(true)))
                .whenTimeElapses(Duration.ofMinutes(1))
                .expectActiveSagas(0);

        assertThat(cloud.deployer.describe(stackId).status()).isEqualTo("DELETE_COMPLETE");
    }

    @Test
    void environmentWhoseStackWasNeverCreatedHasNothingToDelete() throws Exception {
        fixture.givenAggregate(ENVIRONMENT).published(environment.record(created()))
                .whenAggregate(ENVIRONMENT).publishes(environment.recordOne(deleted(true)))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }

    private static EnvironmentDeleted deleted(boolean fromAws) {
        return new EnvironmentDeleted(ENVIRONMENT, ORGANIZATION, fromAws, CREATED);
    }
}
