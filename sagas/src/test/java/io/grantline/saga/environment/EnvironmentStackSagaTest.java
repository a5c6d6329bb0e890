package io.grantline.saga.environment;

import static io.grantline.saga.environment.SampleEnvironment.ACCOUNT;
import static io.grantline.saga.environment.SampleEnvironment.ADMIN_ROLE;
import static io.grantline.saga.environment.SampleEnvironment.ADMINS;
import static io.grantline.saga.environment.SampleEnvironment.BUCKET;
import static io.grantline.saga.environment.SampleEnvironment.DEFAULT_WORKGROUP;
import static io.grantline.saga.environment.SampleEnvironment.ENVIRONMENT;
import static io.grantline.saga.environment.SampleEnvironment.LOGS_BUCKET;
import static io.grantline.saga.environment.SampleEnvironment.OTHER_ACCOUNT;
import static io.grantline.saga.environment.SampleEnvironment.REGION;
import static io.grantline.saga.environment.SampleEnvironment.created;
import static io.grantline.saga.environment.SampleEnvironment.handedOverTo;
import static io.grantline.saga.environment.SampleEnvironment.invited;
import static io.grantline.saga.environment.SampleEnvironment.requested;
import static io.grantline.saga.environment.SampleEnvironment.statusChanged;
import static org.assertj.core.api.Assertions.assertThat;

import io.grantline.api.environment.EnvironmentCommands.RecordEnvironmentStackStatus;
import io.grantline.api.environment.EnvironmentEvents.EnvironmentDeleted;
import io.grantline.api.environment.EnvironmentEvents.EnvironmentKeyValueTagsUpdated;
import io.grantline.api.environment.KeyValueTag;
import io.grantline.api.environment.StackStatus;
import io.grantline.cdk.environment.EnvironmentStack;
import io.grantline.cloud.local.LocalCloud;
import io.grantline.cloud.local.LocalCloudFaults.Kind;
import io.grantline.cloud.local.LocalCloudFaults.Operation;
import io.grantline.saga.support.RecordedRuns;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.test.saga.SagaTestFixture;
import org.axonframework.test.utils.RecordingCommandBus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The environment saga against the real local cloud (on PostgreSQL), its clock driven by the fixture's. */
class EnvironmentStackSagaTest {

    static final Duration DEPLOY_TIME = Duration.ofSeconds(30);
    static final Duration POLL_INTERVAL = Duration.ofSeconds(5);
    static final DeploymentPolicy POLICY = new DeploymentPolicy(POLL_INTERVAL, 100, 3, Duration.ofSeconds(10),
            Duration.ofMinutes(1));
    static final Duration LONG_ENOUGH = Duration.ofMinutes(10);

    SagaTestFixture<EnvironmentStackSaga> fixture;

    RecordedRuns runs = new RecordedRuns();
    SampleEnvironment environment;
    LocalCloud cloud;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(EnvironmentStackSaga.class);
        fixture.registerResource(runs.journal());
        environment = new SampleEnvironment();
        cloud = new LocalCloud(DEPLOY_TIME, FixtureTime.of(fixture));
        fixture.registerListenerInvocationErrorHandler(PropagatingErrorHandler.instance());
        fixture.registerResource(new EnvironmentHistory(environment.store()));
        fixture.registerResource(cloud.accountAccess);
        fixture.registerResource(cloud.deployer);
        fixture.registerResource(SampleEnvironment.SYNTHESIZER);
        fixture.registerResource(LocalCloud.PIVOT_ROLE);
        fixture.registerResource(POLICY);
        fixture.registerCommandGateway(CommandGateway.class);
    }

    @AfterEach
    void tearDown() {
        environment.close();
    }

    @Test
    void deploymentRequestDeploysTheStackAndReportsCreateInProgress() throws Exception {
        fixture.givenAggregate(ENVIRONMENT).published(environment.record(created()))
                .whenAggregate(ENVIRONMENT).publishes(requested("d1"))
                .expectActiveSagas(1)
                .expectScheduledDeadlineWithName(POLL_INTERVAL, EnvironmentStackSaga.POLL);

        RecordEnvironmentStackStatus report = onlyReport();
        assertThat(report.status()).isEqualTo(StackStatus.CREATE_IN_PROGRESS);
        assertThat(report.deploymentId()).isEqualTo("d1");
        assertThat(report.stackId()).startsWith("arn:aws:cloudformation:" + REGION + ":" + ACCOUNT + ":stack/");
    }

    @Test
    void stackThatCompletesIsRecordedAsCreateCompleteWithItsOutputs() throws Exception {
        givenDeploymentStarted()
                .whenTimeElapses(LONG_ENOUGH)
                .expectActiveSagas(0);

        RecordEnvironmentStackStatus report = onlyReport();
        assertThat(report.status()).isEqualTo(StackStatus.CREATE_COMPLETE);
        assertThat(report.error()).isNull();
        assertThat(report.outputs())
                .containsEntry(EnvironmentStack.DEFAULT_BUCKET_OUTPUT, BUCKET)
                .containsEntry(EnvironmentStack.LOGS_BUCKET_OUTPUT, LOGS_BUCKET)
                .containsEntry(EnvironmentStack.DEFAULT_WORKGROUP_OUTPUT, DEFAULT_WORKGROUP)
                .containsEntry(EnvironmentStack.teamRoleOutput(ADMINS),
                        "arn:aws:iam::" + ACCOUNT + ":role/" + ADMIN_ROLE);
    }

    @Test
    void stackStillBeingDeployedIsLookedAtAgainLater() throws Exception {
        givenDeploymentStarted()
                .whenTimeElapses(POLL_INTERVAL)
                .expectNoDispatchedCommands()
                .expectActiveSagas(1)
                .expectScheduledDeadlineWithName(POLL_INTERVAL, EnvironmentStackSaga.POLL);
    }

    @Test
    void pivotRoleThatTrustsAnotherExternalIdFailsTheCreationWithTheCause() throws Exception {
        cloud.accounts.register(ACCOUNT, LocalCloud.PIVOT_ROLE.roleName(), "another-deployments-external-id");

        fixture.givenAggregate(ENVIRONMENT).published(environment.record(created()))
                .whenAggregate(ENVIRONMENT).publishes(requested("d1"))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();

        RecordEnvironmentStackStatus report = onlyReport();
        assertThat(report.status()).isEqualTo(StackStatus.CREATE_FAILED);
        assertThat(report.error()).contains("sts:AssumeRole").contains(LocalCloud.PIVOT_ROLE.arnIn(ACCOUNT));
        assertThat(cloud.jdbc.queryForObject("select count(*) from local_stack", Integer.class)).isZero();
    }

    @Test
    void deniedAccessInjectedOnTheDeployFailsTheCreationAtOnce() throws Exception {
        cloud.faults.inject(Operation.DEPLOY_STACK, ACCOUNT, Kind.ACCESS_DENIED, 1);

        fixture.givenAggregate(ENVIRONMENT).published(environment.record(created()))
                .whenAggregate(ENVIRONMENT).publishes(requested("d1"))
                .expectActiveSagas(0);

        assertThat(onlyReport().status()).isEqualTo(StackStatus.CREATE_FAILED);
        assertThat(onlyReport().error()).contains("Access denied");
    }

    @Test
    void stackThatRollsBackIsRecordedAsFailedNamingTheResourceThatFailed() throws Exception {
        String bucketOwnedElsewhere = "{\"Resources\":{\"Bucket\":{\"Type\":\"AWS::S3::Bucket\","
                + "\"Properties\":{\"BucketName\":\"" + BUCKET + "\"}}}}";
        cloud.deployer.deploy("someone-else", OTHER_ACCOUNT, REGION, bucketOwnedElsewhere, Map.of());

        givenDeploymentStarted()
                .whenTimeElapses(LONG_ENOUGH)
                .expectActiveSagas(0);

        RecordEnvironmentStackStatus report = onlyReport();
        assertThat(report.status()).isEqualTo(StackStatus.CREATE_FAILED);
        assertThat(report.error()).contains("ROLLBACK_COMPLETE").contains(BUCKET + " already exists");
    }

    @Test
    void throttledDeploymentIsRetriedAndThenSucceeds() throws Exception {
        cloud.faults.inject(Operation.DEPLOY_STACK, ACCOUNT, Kind.THROTTLING, 2);

        fixture.givenAggregate(ENVIRONMENT).published(environment.record(created(), requested("d1")))
                .whenTimeElapses(LONG_ENOUGH)
                .expectActiveSagas(0);

        assertThat(reports()).extracting(RecordEnvironmentStackStatus::status)
                .containsExactly(StackStatus.CREATE_IN_PROGRESS, StackStatus.CREATE_COMPLETE);
    }

    @Test
    void throttlingThatOutlastsTheRetriesIsRecordedAsFailed() throws Exception {
        cloud.faults.injectPermanently(Operation.DEPLOY_STACK, ACCOUNT, Kind.THROTTLING);

        fixture.givenAggregate(ENVIRONMENT).published(environment.record(created(), requested("d1")))
                .whenTimeElapses(LONG_ENOUGH)
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();

        RecordEnvironmentStackStatus report = onlyReport();
        assertThat(report.status()).isEqualTo(StackStatus.CREATE_FAILED);
        assertThat(report.error()).contains("Gave up after 3 attempts").contains("Rate exceeded");
    }

    @Test
    void timeoutWhileWaitingForTheStackIsRetried() throws Exception {
        cloud.faults.inject(Operation.DESCRIBE_STACK, ACCOUNT, Kind.TIMEOUT, 2);

        givenDeploymentStarted()
                .whenTimeElapses(LONG_ENOUGH)
                .expectActiveSagas(0);

        assertThat(onlyReport().status()).isEqualTo(StackStatus.CREATE_COMPLETE);
    }

    @Test
    void newerDeploymentRequestSupersedesTheRunningOne() throws Exception {
        fixture.givenAggregate(ENVIRONMENT).published(environment.record(created(), requested("d1"), requested("d2")))
                .whenTimeElapses(LONG_ENOUGH)
                .expectActiveSagas(0);

        RecordEnvironmentStackStatus report = onlyReport();
        assertThat(report.deploymentId()).isEqualTo("d2");
        assertThat(report.status()).isEqualTo(StackStatus.UPDATE_COMPLETE);
        assertThat(report.outputs()).containsEntry(EnvironmentStack.DEFAULT_BUCKET_OUTPUT, BUCKET);
    }

    @Test
    void redeploymentAfterATeamJoinedUpdatesTheStackWithTheTeamsRoleAndTags() throws Exception {
        fixture.givenAggregate(ENVIRONMENT).published(environment.record(created(), requested("d1")))
                .andThenTimeElapses(LONG_ENOUGH)
                .andThenAggregate(ENVIRONMENT).published(environment.record(
                        statusChanged("d1", StackStatus.CREATE_COMPLETE, null),
                        invited("Analysts"),
                        new EnvironmentKeyValueTagsUpdated(ENVIRONMENT, List.of(new KeyValueTag("CostCenter", "42",
                                false))),
                        requested("d2")))
                .whenTimeElapses(LONG_ENOUGH)
                .expectActiveSagas(0);

        RecordEnvironmentStackStatus report = onlyReport();
        assertThat(report.status()).isEqualTo(StackStatus.UPDATE_COMPLETE);
        assertThat(report.outputs()).containsEntry(EnvironmentStack.teamRoleOutput("Analysts"),
                "arn:aws:iam::" + ACCOUNT + ":role/dataall-analysts-env1saga");
        assertThat(cloud.jdbc.queryForObject("select tags ->> 'CostCenter' from local_stack", String.class))
                .isEqualTo("42");
    }

    @Test
    void environmentHandedOverToAnotherAdminTeamKeepsItsDefaultWorkgroup() throws Exception {
        fixture.givenAggregate(ENVIRONMENT).published(environment.record(created(), requested("d1")))
                .andThenTimeElapses(LONG_ENOUGH)
                .andThenAggregate(ENVIRONMENT).published(environment.record(
                        statusChanged("d1", StackStatus.CREATE_COMPLETE, null),
                        handedOverTo("Platform"),
                        invited(ADMINS),
                        requested("d2")))
                .whenTimeElapses(LONG_ENOUGH)
                .expectActiveSagas(0);

        RecordEnvironmentStackStatus report = onlyReport();
        assertThat(report.status()).isEqualTo(StackStatus.UPDATE_COMPLETE);
        assertThat(report.outputs())
                .containsEntry(EnvironmentStack.DEFAULT_WORKGROUP_OUTPUT, DEFAULT_WORKGROUP)
                .containsEntry(EnvironmentStack.teamRoleOutput("Platform"),
                        "arn:aws:iam::" + ACCOUNT + ":role/" + ADMIN_ROLE);
        assertThat(cloud.jdbc.queryForList("""
                select r -> 'resource' ->> 'physicalId' from local_stack s
                cross join jsonb_array_elements(s.resources) r
                where r -> 'resource' ->> 'type' = 'AWS::Athena::WorkGroup'""", String.class))
                .containsExactlyInAnyOrder(DEFAULT_WORKGROUP, invited(ADMINS).environmentAthenaWorkGroup());
    }

    @Test
    void deletingTheEnvironmentEndsItsDeployment() throws Exception {
        givenDeploymentStarted()
                .whenAggregate(ENVIRONMENT).publishes(new EnvironmentDeleted(ENVIRONMENT, "org", false,
                        SampleEnvironment.CREATED))
                .expectActiveSagas(0)
                .expectNoDispatchedCommands()
                .expectNoScheduledDeadlines();
    }

    private org.axonframework.test.saga.ContinuedGivenState givenDeploymentStarted() throws Exception {
        return fixture.givenAggregate(ENVIRONMENT).published(environment.record(created(), requested("d1")));
    }

    private RecordEnvironmentStackStatus onlyReport() {
        List<RecordEnvironmentStackStatus> reports = reports();
        assertThat(reports).hasSize(1);
        return reports.get(0);
    }

    private List<RecordEnvironmentStackStatus> reports() {
        RecordingCommandBus bus = (RecordingCommandBus) fixture.getCommandBus();
        return bus.getDispatchedCommands().stream()
                .map(CommandMessage::getPayload)
                .map(RecordEnvironmentStackStatus.class::cast)
                .toList();
    }
}
