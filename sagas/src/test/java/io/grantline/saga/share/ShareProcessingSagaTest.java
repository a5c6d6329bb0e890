package io.grantline.saga.share;

import static io.grantline.saga.share.SampleShare.BUCKET_ITEM;
import static io.grantline.saga.share.SampleShare.DATASET;
import static io.grantline.saga.share.SampleShare.FOLDER_ITEM;
import static io.grantline.saga.share.SampleShare.SHARE;
import static io.grantline.saga.share.SampleShare.TABLE_ITEM;
import static io.grantline.saga.share.SampleShare.approved;
import static io.grantline.saga.share.SampleShare.deleted;
import static io.grantline.saga.share.SampleShare.healthCheck;
import static io.grantline.saga.share.SampleShare.revoked;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.grantline.api.sagarun.SagaRunCommands.FailSagaRun;
import io.grantline.api.sagarun.SagaRunCommands.FinishSagaRunStep;
import io.grantline.api.sagarun.SagaRunCommands.StartSagaRun;
import io.grantline.api.sagarun.SagaRunCommands.StartSagaRunStep;
import io.grantline.api.sagarun.SagaRunCommands.SucceedSagaRun;
import io.grantline.api.sagarun.SagaRunEvents.SagaRunCancelled;
import io.grantline.api.sagarun.SagaRunKind;
import io.grantline.api.share.ShareCommands.FinishShareProcessing;
import io.grantline.api.share.ShareCommands.RecordShareItemHealth;
import io.grantline.api.share.ShareCommands.RecordShareItemOutcome;
import io.grantline.api.share.ShareCommands.StartShareProcessing;
import io.grantline.api.share.ShareEvents.ShareItemsRevoked;
import io.grantline.api.share.ShareProcessingKind;
import io.grantline.api.share.ShareableType;
import io.grantline.cloud.CloudAccessDeniedException;
import io.grantline.cloud.CloudThrottledException;
import io.grantline.saga.environment.DeploymentPolicy;
import io.grantline.saga.environment.FixtureTime;
import io.grantline.saga.support.RecordedRuns;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.test.saga.SagaTestFixture;
import org.axonframework.test.utils.RecordingCommandBus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs of the share processor on a real lock table, with share managers that record what they were asked and fail
 * when told to.
 */
class ShareProcessingSagaTest {

    static final DeploymentPolicy RETRIES = new DeploymentPolicy(Duration.ofSeconds(5), 100, 3,
            Duration.ofSeconds(10), Duration.ofMinutes(1));
    static final ShareProcessingPolicy POLICY = new ShareProcessingPolicy(Duration.ofSeconds(2),
            Duration.ofMinutes(10));
    static final Duration LONG_ENOUGH = Duration.ofMinutes(5);
    static final String THROTTLED = "Rate exceeded";

    SagaTestFixture<ShareProcessingSaga> fixture;

    RecordedRuns runs = new RecordedRuns();
    SampleShare share;
    ShareLocks locks;
    Clock clock;
    final List<String> cloudCalls = new ArrayList<>();
    final RecordingShareManager tables = new RecordingShareManager(ShareableType.Table, cloudCalls);
    final RecordingShareManager folders = new RecordingShareManager(ShareableType.StorageLocation, cloudCalls);
    final RecordingShareManager buckets = new RecordingShareManager(ShareableType.S3Bucket, cloudCalls);

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(ShareProcessingSaga.class);
        fixture.registerResource(runs.journal());
        clock = new FixtureClock(FixtureTime.of(fixture));
        locks = new ShareLocks(ShareLockDatabase.emptied(), clock, POLICY.lockLease());
        fixture.registerListenerInvocationErrorHandler(PropagatingErrorHandler.instance());
        fixture.registerResource(locks);
        fixture.registerResource(new ShareItemManagers(List.of(tables, folders, buckets)));
        fixture.registerResource(POLICY);
        fixture.registerResource(RETRIES);
        fixture.registerResource(clock);
        fixture.registerCommandGateway(CommandGateway.class);
    }

    @AfterEach
    void tearDown() {
        share.close();
    }

    @Test
    void approvalGrantsEachApprovedItemAndRecordsItsSuccess() {
        given(SampleShare.submitted());

        fixture.givenNoPriorActivity()
                .whenAggregate(SHARE).publishes(share.recordOne(approved("run1", null)))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines()
                .expectDispatchedCommands(new StartShareProcessing(SHARE, "run1"),
                        succeeded("run1", TABLE_ITEM), succeeded("run1", FOLDER_ITEM),
                        succeeded("run1", BUCKET_ITEM), new FinishShareProcessing(SHARE, "run1"));

        assertThat(cloudCalls).containsExactly("grant orders", "grant raw/orders", "grant dataall-sales-ds1share");
        assertThat(locks.tryAcquire(DATASET, "nextRun")).as("the run released its dataset lock").isTrue();
    }

    @Test
    void itemThatFailsIsRecordedFailedWithItsCauseWhileTheOthersSucceed() {
        given(SampleShare.submitted());
        folders.failNext("grant", new CloudAccessDeniedException("Access denied to the bucket policy"));

        fixture.givenNoPriorActivity()
                .whenAggregate(SHARE).publishes(share.recordOne(approved("run1", null)))
                .expectActiveSagas(0)
                .expectDispatchedCommands(new StartShareProcessing(SHARE, "run1"),
                        succeeded("run1", TABLE_ITEM),
                        new RecordShareItemOutcome(SHARE, "run1", FOLDER_ITEM, false,
                                "Access denied to the bucket policy"),
                        succeeded("run1", BUCKET_ITEM), new FinishShareProcessing(SHARE, "run1"));
    }

    @Test
    void throttledItemIsRetriedAfterABackoffHoldingTheLock() {
        given(SampleShare.submitted());
        tables.failNext("grant", new CloudThrottledException(THROTTLED));

        fixture.givenNoPriorActivity()
                .whenAggregate(SHARE).publishes(share.recordOne(approved("run1", null)))
                .expectActiveSagas(1)
                .expectDispatchedCommands(new StartShareProcessing(SHARE, "run1"))
                .expectScheduledDeadlineWithName(RETRIES.backoff(1), ShareProcessingSaga.RETRY);

        assertThat(locks.tryAcquire(DATASET, "otherRun")).isFalse();
    }

    @Test
    void throttledItemSucceedsOnRetryAndTheRunGoesOnWithoutRedoingWhatIsDone() {
        given(SampleShare.submitted());
        folders.failNext("grant", new CloudThrottledException(THROTTLED));

        fixture.givenAggregate(SHARE).published(share.recordOne(approved("run1", null)))
                .whenTimeElapses(LONG_ENOUGH)
                .expectActiveSagas(0)
                .expectDispatchedCommands(succeeded("run1", FOLDER_ITEM), succeeded("run1", BUCKET_ITEM),
                        new FinishShareProcessing(SHARE, "run1"));

        assertThat(cloudCalls).containsExactly("grant orders", "grant raw/orders", "grant raw/orders",
                "grant dataall-sales-ds1share");
    }

    @Test
    void throttlingThatOutlastsTheRetriesIsRecordedAsTheItemsFailure() {
        given(SampleShare.submitted());
        tables.failAlways("grant", new CloudThrottledException(THROTTLED));

        fixture.givenAggregate(SHARE).published(share.recordOne(approved("run1", null)))
                .whenTimeElapses(LONG_ENOUGH)
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();

        RecordShareItemOutcome outcome = outcomes().get(0);
        assertThat(outcome.shareItemUri()).isEqualTo(TABLE_ITEM);
        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.error()).contains("Gave up after 3 attempts").contains(THROTTLED);
        assertThat(outcomes()).filteredOn(RecordShareItemOutcome::succeeded).hasSize(2);
    }

    @Test
    void revocationRevokesOnlyTheRevokedItemsAndRecordsTheirOutcome() {
        given(SampleShare.granted());

        fixture.givenNoPriorActivity()
                .whenAggregate(SHARE).publishes(share.recordOne(revoked("run2", List.of(TABLE_ITEM, BUCKET_ITEM))))
                .expectActiveSagas(0)
                .expectDispatchedCommands(new StartShareProcessing(SHARE, "run2"),
                        succeeded("run2", TABLE_ITEM), succeeded("run2", BUCKET_ITEM),
                        new FinishShareProcessing(SHARE, "run2"));

        assertThat(cloudCalls).containsExactly("revoke orders", "revoke dataall-sales-ds1share");
    }

    @Test
    void runWaitsWithADeadlineWhileAnotherRunHoldsTheDatasetLock() {
        given(SampleShare.submitted());
        locks.tryAcquire(DATASET, "otherRun");

        fixture.givenNoPriorActivity()
                .whenAggregate(SHARE).publishes(share.recordOne(approved("run1", null)))
                .expectActiveSagas(1)
                .expectNoDispatchedCommands()
                .expectScheduledDeadlineWithName(POLICY.lockWait(), ShareProcessingSaga.LOCK);

        assertThat(cloudCalls).isEmpty();
    }

    @Test
    void runWaitsWhileAnotherRunForThePrincipalHoldsItsSharePolicyAndLeavesTheDatasetFree() {
        given(SampleShare.submitted());
        locks.tryAcquire("principal:" + SampleShare.TARGET.principalRoleArn(), "otherDatasetRun");

        fixture.givenNoPriorActivity()
                .whenAggregate(SHARE).publishes(share.recordOne(approved("run1", null)))
                .expectActiveSagas(1)
                .expectNoDispatchedCommands()
                .expectScheduledDeadlineWithName(POLICY.lockWait(), ShareProcessingSaga.LOCK);

        assertThat(cloudCalls).isEmpty();
        assertThat(locks.tryAcquire(DATASET, "otherRun")).as("the waiting run gave the dataset lock back").isTrue();
    }

    @Test
    void waitingRunGoesOnOnceTheOtherRunReleasedTheDatasetLock() {
        given(SampleShare.submitted());
        locks.tryAcquire(DATASET, "otherRun");
        fixture.givenAggregate(SHARE).published(share.recordOne(approved("run1", null)));
        locks.release(DATASET, "otherRun");

        fixture.whenTimeElapses(POLICY.lockWait())
                .expectActiveSagas(0)
                .expectDispatchedCommands(new StartShareProcessing(SHARE, "run1"),
                        succeeded("run1", TABLE_ITEM), succeeded("run1", FOLDER_ITEM),
                        succeeded("run1", BUCKET_ITEM), new FinishShareProcessing(SHARE, "run1"));
    }

    @Test
    void verificationRecordsTheMissingGrantsOfEachItemAndChangesNoStatus() {
        given(SampleShare.granted());
        tables.missing("orders", List.of("missing LF permissions: SELECT"));

        fixture.givenNoPriorActivity()
                .whenAggregate(SHARE).publishes(share.recordOne(healthCheck("run3", ShareProcessingKind.VERIFY,
                        List.of(TABLE_ITEM, FOLDER_ITEM))))
                .expectActiveSagas(0)
                .expectDispatchedCommands(
                        health("run3", TABLE_ITEM, List.of("missing LF permissions: SELECT")),
                        health("run3", FOLDER_ITEM, List.of()),
                        new FinishShareProcessing(SHARE, "run3"));

        assertThat(cloudCalls).containsExactly("verify orders", "verify raw/orders");
    }

    @Test
    void verificationThatCannotLookRecordsTheItemUnhealthyWithTheCause() {
        given(SampleShare.granted());
        folders.failNext("verify", new CloudAccessDeniedException("Access denied to the access point"));

        fixture.givenNoPriorActivity()
                .whenAggregate(SHARE).publishes(share.recordOne(healthCheck("run3", ShareProcessingKind.VERIFY,
                        List.of(FOLDER_ITEM))))
                .expectDispatchedCommands(health("run3", FOLDER_ITEM, List.of("Access denied to the access point")),
                        new FinishShareProcessing(SHARE, "run3"));
    }

    @Test
    void reapplyGrantsAgainThenVerifiesAndRecordsTheHealth() {
        given(SampleShare.granted());

        fixture.givenNoPriorActivity()
                .whenAggregate(SHARE).publishes(share.recordOne(healthCheck("run4", ShareProcessingKind.REAPPLY,
                        List.of(TABLE_ITEM))))
                .expectActiveSagas(0)
                .expectDispatchedCommands(health("run4", TABLE_ITEM, List.of()),
                        new FinishShareProcessing(SHARE, "run4"));

        assertThat(cloudCalls).containsExactly("grant orders", "verify orders");
    }

    @Test
    void forcedDeleteRevokesTheItemsItCleansUp() {
        given(SampleShare.granted());

        fixture.givenNoPriorActivity()
                .whenAggregate(SHARE).publishes(share.recordOne(deleted("run5", List.of(TABLE_ITEM, FOLDER_ITEM))))
                .expectActiveSagas(0);

        assertThat(cloudCalls).containsExactly("revoke orders", "revoke raw/orders");
        assertThat(outcomes()).containsExactly(succeeded("run5", TABLE_ITEM), succeeded("run5", FOLDER_ITEM));
    }

    @Test
    void deleteWithNothingToCleanUpTouchesNothing() {
        given(SampleShare.submitted());

        fixture.givenNoPriorActivity()
                .whenAggregate(SHARE).publishes(share.recordOne(deleted(null, List.of())))
                .expectActiveSagas(0)
                .expectNoDispatchedCommands()
                .expectNoScheduledDeadlines();

        assertThat(cloudCalls).isEmpty();
    }

    @Test
    void grantIsReportedAsAShareRunWithAStepPerItemAndFailsWithTheLastError() {
        given(SampleShare.submitted());
        folders.failNext("grant", new CloudAccessDeniedException("Access denied to the bucket policy"));

        fixture.givenNoPriorActivity()
                .whenAggregate(SHARE).publishes(share.recordOne(approved("run1", null)))
                .expectActiveSagas(0);

        StartSagaRun started = runs.reports(StartSagaRun.class).get(0);
        assertThat(started.kind()).isEqualTo(SagaRunKind.SHARE);
        assertThat(started.targetUri()).isEqualTo(SHARE);
        assertThat(runs.reports(FinishSagaRunStep.class)).extracting(FinishSagaRunStep::step, FinishSagaRunStep::error)
                .containsExactly(tuple("grant " + TABLE_ITEM, null),
                        tuple("grant " + FOLDER_ITEM, "Access denied to the bucket policy"),
                        tuple("grant " + BUCKET_ITEM, null));
        assertThat(runs.reports(FailSagaRun.class)).containsExactly(
                new FailSagaRun("run1", "Access denied to the bucket policy"));
    }

    @Test
    void grantThatGoesThroughIsReportedSucceeded() {
        given(SampleShare.submitted());

        fixture.givenNoPriorActivity()
                .whenAggregate(SHARE).publishes(share.recordOne(approved("run1", null)))
                .expectActiveSagas(0);

        assertThat(runs.reports(SucceedSagaRun.class)).containsExactly(new SucceedSagaRun("run1"));
    }

    @Test
    void throttledItemIsReportedWithItsNextAttempt() {
        given(SampleShare.submitted());
        tables.failNext("grant", new CloudThrottledException(THROTTLED));

        fixture.givenAggregate(SHARE).published(share.recordOne(approved("run1", null)))
                .whenTimeElapses(LONG_ENOUGH)
                .expectActiveSagas(0);

        assertThat(runs.reports(StartSagaRunStep.class)).extracting(StartSagaRunStep::step, StartSagaRunStep::attempt)
                .startsWith(tuple("grant " + TABLE_ITEM, 1), tuple("grant " + TABLE_ITEM, 2));
    }

    @Test
    void cancelledRunRecordsItsRemainingItemsFailedAndLetsGoOfTheLock() {
        given(SampleShare.submitted());
        tables.failNext("grant", new CloudThrottledException(THROTTLED));

        fixture.givenAggregate(SHARE).published(share.recordOne(approved("run1", null)))
                .whenPublishingA(new SagaRunCancelled("run1", "alice", "stuck", clock.instant()))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines()
                .expectDispatchedCommands(
                        new RecordShareItemOutcome(SHARE, "run1", TABLE_ITEM, false, "Cancelled by alice: stuck"),
                        new RecordShareItemOutcome(SHARE, "run1", FOLDER_ITEM, false, "Cancelled by alice: stuck"),
                        new RecordShareItemOutcome(SHARE, "run1", BUCKET_ITEM, false, "Cancelled by alice: stuck"),
                        new FinishShareProcessing(SHARE, "run1"));

        assertThat(locks.tryAcquire(DATASET, "nextRun")).as("the cancelled run released its dataset lock").isTrue();
    }

    @Test
    void revocationStartedByTheExpiryDateIsTheExpirysRun() {
        given(SampleShare.granted());
        ShareItemsRevoked expired = revoked("run2", List.of(TABLE_ITEM));
        expired = new ShareItemsRevoked(SHARE, expired.status(), expired.itemStatuses(), "run2", true, "grantline",
                expired.revoked());

        fixture.givenNoPriorActivity()
                .whenAggregate(SHARE).publishes(share.recordOne(expired))
                .expectActiveSagas(0);

        assertThat(runs.reports(StartSagaRun.class)).singleElement()
                .satisfies(started -> assertThat(started.kind()).isEqualTo(SagaRunKind.EXPIRY))
                .satisfies(started -> assertThat(started.runId()).isEqualTo("run2"))
                .satisfies(started -> assertThat(started.parameters()).containsEntry("items", TABLE_ITEM));
        assertThat(runs.reports(SucceedSagaRun.class)).containsExactly(new SucceedSagaRun("run2"));
    }

    @Test
    void revocationByAPersonIsARevokeRun() {
        given(SampleShare.granted());

        fixture.givenNoPriorActivity()
                .whenAggregate(SHARE).publishes(share.recordOne(revoked("run2", List.of(TABLE_ITEM))));

        assertThat(runs.reports(StartSagaRun.class)).extracting(StartSagaRun::kind)
                .containsExactly(SagaRunKind.REVOKE);
    }

    private void given(SampleShare sample) {
        share = sample;
        fixture.registerResource(new ShareHistory(share.store()));
    }

    private static RecordShareItemOutcome succeeded(String processingId, String shareItemUri) {
        return new RecordShareItemOutcome(SHARE, processingId, shareItemUri, true, null);
    }

    private RecordShareItemHealth health(String processingId, String shareItemUri, List<String> missing) {
        return new RecordShareItemHealth(SHARE, processingId, shareItemUri, missing, clock.instant());
    }

    private List<RecordShareItemOutcome> outcomes() {
        RecordingCommandBus bus = (RecordingCommandBus) fixture.getCommandBus();
        return bus.getDispatchedCommands().stream().map(CommandMessage::getPayload)
                .filter(RecordShareItemOutcome.class::isInstance).map(RecordShareItemOutcome.class::cast).toList();
    }
}
