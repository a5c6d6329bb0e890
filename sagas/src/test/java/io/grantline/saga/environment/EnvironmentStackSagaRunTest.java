package io.grantline.saga.environment;

import static io.grantline.saga.environment.SampleEnvironment.ACCOUNT;
import static io.grantline.saga.environment.SampleEnvironment.ENVIRONMENT;
import static io.grantline.saga.environment.SampleEnvironment.created;
import static io.grantline.saga.environment.SampleEnvironment.requested;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.grantline.api.sagarun.SagaRunCommands.FailSagaRun;
import io.grantline.api.sagarun.SagaRunCommands.FinishSagaRunStep;
import io.grantline.api.sagarun.SagaRunCommands.StartSagaRun;
import io.grantline.api.sagarun.SagaRunCommands.StartSagaRunStep;
import io.grantline.api.sagarun.SagaRunCommands.SucceedSagaRun;
import io.grantline.api.sagarun.SagaRunEvents.SagaRunCancelled;
import io.grantline.api.sagarun.SagaRunKind;
import io.grantline.cloud.local.LocalCloud;
import io.grantline.cloud.local.LocalCloudFaults.Kind;
import io.grantline.cloud.local.LocalCloudFaults.Operation;
import io.grantline.saga.support.RecordedRuns;
import io.grantline.saga.support.SagaRunJournal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the environment stack saga reports of its runs to the saga-run journal. */
class EnvironmentStackSagaRunTest {

    static final Duration LONG_ENOUGH = Duration.ofMinutes(10);

    SagaTestFixture<EnvironmentStackSaga> fixture;
    RecordedRuns runs = new RecordedRuns();
    SampleEnvironment environment;
    LocalCloud cloud;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(EnvironmentStackSaga.class);
        environment = new SampleEnvironment();
        cloud = new LocalCloud(EnvironmentStackSagaTest.DEPLOY_TIME, FixtureTime.of(fixture));
        fixture.registerListenerInvocationErrorHandler(PropagatingErrorHandler.instance());
        fixture.registerResource(runs.journal());
        fixture.registerResource(new EnvironmentHistory(environment.store()));
        fixture.registerResource(cloud.accountAccess);
        fixture.registerResource(cloud.deployer);
        fixture.registerResource(SampleEnvironment.SYNTHESIZER);
        fixture.registerResource(LocalCloud.PIVOT_ROLE);
        fixture.registerResource(EnvironmentStackSagaTest.POLICY);
        fixture.registerCommandGateway(CommandGateway.class);
    }

    @AfterEach
    void tearDown() {
        environment.close();
    }

    @Test
    void deploymentIsReportedAsARunOfTheEnvironmentThatSucceeds() throws Exception {
        fixture.givenAggregate(ENVIRONMENT).published(environment.record(created(), requested("d1")))
                .whenTimeElapses(LONG_ENOUGH)
                .expectActiveSagas(0);

        assertThat(runs.reports(StartSagaRun.class)).containsExactly(
                new StartSagaRun("d1", SagaRunKind.ENVIRONMENT_STACK, ENVIRONMENT, "environment", null, Map.of()));
        assertThat(runs.reports(StartSagaRunStep.class)).first()
                .isEqualTo(new StartSagaRunStep("d1", EnvironmentStackSaga.DEPLOY_STEP, 1));
        assertThat(runs.reports(StartSagaRunStep.class)).extracting(StartSagaRunStep::step)
                .contains(EnvironmentStackSaga.WAIT_STEP);
        assertThat(runs.reports().get(runs.reports().size() - 1)).isEqualTo(new SucceedSagaRun("d1"));
    }

    @Test
    void throttledDeployIsReportedWithEachAttemptAndItsError() throws Exception {
        cloud.faults.inject(Operation.DEPLOY_STACK, ACCOUNT, Kind.THROTTLING, 2);

        fixture.givenAggregate(ENVIRONMENT).published(environment.record(created(), requested("d1")))
                .whenTimeElapses(LONG_ENOUGH)
                .expectActiveSagas(0);

        assertThat(runs.reports(FinishSagaRunStep.class))
                .filteredOn(step -> step.step().equals(EnvironmentStackSaga.DEPLOY_STEP))
                .extracting(FinishSagaRunStep::attempt, step -> step.error() != null)
                .containsExactly(tuple(1, true), tuple(2, true), tuple(3, false));
        assertThat(runs.reports(SucceedSagaRun.class)).hasSize(1);
    }

    @Test
    void deploymentThatFailsReportsTheRunFailedWithItsCause() throws Exception {
        cloud.faults.injectPermanently(Operation.DEPLOY_STACK, ACCOUNT, Kind.THROTTLING);

        fixture.givenAggregate(ENVIRONMENT).published(environment.record(created(), requested("d1")))
                .whenTimeElapses(LONG_ENOUGH)
                .expectActiveSagas(0);

        assertThat(runs.reports(FailSagaRun.class)).singleElement()
                .satisfies(failed -> assertThat(failed.error()).contains("Gave up after 3 attempts"));
        assertThat(runs.reports(SucceedSagaRun.class)).isEmpty();
    }

    @Test
    void cancelledRunEndsTheDeploymentAndItsWaits() throws Exception {
        fixture.givenAggregate(ENVIRONMENT).published(environment.record(created(), requested("d1")))
                .whenPublishingA(new SagaRunCancelled("d1", "alice", "stuck", Instant.now()))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines()
                .expectNoDispatchedCommands();
    }

    @Test
    void deploymentStartedByARetryRecordsTheRunItRetries() throws Exception {
        fixture.givenAggregate(ENVIRONMENT).published(environment.record(created()))
                .whenAggregate(ENVIRONMENT).publishes(requested("d2"), Map.of(SagaRunJournal.RETRY_OF, "d1",
                        SagaRunJournal.RETRY_KIND, SagaRunKind.ENVIRONMENT_STACK.name()));

        assertThat(runs.reports(StartSagaRun.class)).singleElement()
                .satisfies(started -> assertThat(started.retryOf()).isEqualTo("d1"));
    }

    @Test
    void retryOfAnotherKindIsNotThisRunsRetry() throws Exception {
        fixture.givenAggregate(ENVIRONMENT).published(environment.record(created()))
                .whenAggregate(ENVIRONMENT).publishes(requested("d2"), Map.of(SagaRunJournal.RETRY_OF, "c1",
                        SagaRunJournal.RETRY_KIND, SagaRunKind.CRAWLER.name()));

        assertThat(runs.reports(StartSagaRun.class)).singleElement()
                .satisfies(started -> assertThat(started.retryOf()).isNull());
    }
}
