package io.grantline.saga.share;

import static io.grantline.saga.share.SampleShare.CREATED;
import static io.grantline.saga.share.SampleShare.SHARE;
import static io.grantline.saga.share.SampleShare.approved;
import static io.grantline.saga.share.SampleShare.deleted;
import static org.assertj.core.api.Assertions.assertThat;

import io.grantline.api.sagarun.SagaRunCommands.FailSagaRun;
import io.grantline.api.sagarun.SagaRunCommands.FinishSagaRunStep;
import io.grantline.api.sagarun.SagaRunCommands.StartSagaRun;
import io.grantline.api.sagarun.SagaRunCommands.StartSagaRunStep;
import io.grantline.api.sagarun.SagaRunCommands.SucceedSagaRun;
import io.grantline.api.sagarun.SagaRunKind;
import io.grantline.api.share.ShareCommands.ExpireShare;
import io.grantline.api.share.ShareEvents.ShareExpirationPeriodUpdated;
import io.grantline.api.share.ShareEvents.ShareExtensionApproved;
import io.grantline.api.share.ShareObjectStatus;
import io.grantline.saga.support.RecordedRuns;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ShareExpirySagaTest {

    SagaTestFixture<ShareExpirySaga> fixture;
    RecordedRuns runs = new RecordedRuns();
    Instant inAMonth;
    Instant inThreeMonths;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(ShareExpirySaga.class);
        fixture.registerResource(runs.journal());
        fixture.registerListenerInvocationErrorHandler(PropagatingErrorHandler.instance());
        fixture.registerCommandGateway(CommandGateway.class);
        inAMonth = fixture.currentTime().plus(Duration.ofDays(30));
        inThreeMonths = fixture.currentTime().plus(Duration.ofDays(90));
    }

    @Test
    void approvalOfAnExpiringShareSchedulesItsExpiry() {
        fixture.givenNoPriorActivity()
                .whenAggregate(SHARE).publishes(approved("run1", inAMonth))
                .expectActiveSagas(1)
                .expectScheduledDeadlineWithName(inAMonth, ShareExpirySaga.EXPIRE)
                .expectNoDispatchedCommands();
    }

    @Test
    void expiryDatePassingExpiresTheShareAtThatDate() {
        fixture.givenAggregate(SHARE).published(approved("run1", inAMonth))
                .whenTimeElapses(Duration.ofDays(31))
                .expectDispatchedCommands(new ExpireShare(SHARE, inAMonth))
                .expectActiveSagas(0);
    }

    @Test
    void approvalOfAShareThatDoesNotExpireSchedulesNothing() {
        fixture.givenNoPriorActivity()
                .whenAggregate(SHARE).publishes(approved("run1", null))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }

    @Test
    void approvedExtensionMovesTheExpiryToItsNewDate() {
        fixture.givenAggregate(SHARE).published(approved("run1", inAMonth))
                .whenAggregate(SHARE).publishes(extended(inThreeMonths))
                .expectActiveSagas(1)
                .expectScheduledDeadlineWithName(inThreeMonths, ShareExpirySaga.EXPIRE)
                .expectNoScheduledDeadlineWithName(inAMonth, ShareExpirySaga.EXPIRE);
    }

    @Test
    void extendedShareIsNotExpiredAtItsFormerDate() {
        fixture.givenAggregate(SHARE).published(approved("run1", inAMonth), extended(inThreeMonths))
                .whenTimeElapses(Duration.ofDays(31))
                .expectNoDispatchedCommands()
                .expectActiveSagas(1);
    }

    @Test
    void expirationPeriodUpdateMovesTheExpiry() {
        fixture.givenAggregate(SHARE).published(approved("run1", inAMonth))
                .whenAggregate(SHARE).publishes(new ShareExpirationPeriodUpdated(SHARE, 3, false, inThreeMonths,
                        CREATED))
                .expectScheduledDeadlineWithName(inThreeMonths, ShareExpirySaga.EXPIRE)
                .expectNoScheduledDeadlineWithName(inAMonth, ShareExpirySaga.EXPIRE);
    }

    @Test
    void shareMadeNonExpirableNoLongerExpires() {
        fixture.givenAggregate(SHARE).published(approved("run1", inAMonth))
                .whenAggregate(SHARE).publishes(new ShareExpirationPeriodUpdated(SHARE, null, true, null, CREATED))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }

    @Test
    void deletedShareNoLongerExpires() {
        fixture.givenAggregate(SHARE).published(approved("run1", inAMonth))
                .whenAggregate(SHARE).publishes(deleted(null, List.of()))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }

    @Test
    void expiryThatRevokesIsRecordedByTheRevocationsRunNotOneOfItsOwn() {
        fixture.setCallbackBehavior((command, metaData) -> command instanceof ExpireShare ? "revocation1" : null);

        fixture.givenAggregate(SHARE).published(approved("run1", inAMonth))
                .whenTimeElapses(Duration.ofDays(31))
                .expectDispatchedCommands(new ExpireShare(SHARE, inAMonth));

        assertThat(runs.reports()).isEmpty();
    }

    @Test
    void expiryThatRevokesNothingIsARunOfItsOwnThatSucceeds() {
        String runId = ShareExpirySaga.runId(SHARE, inAMonth);

        fixture.givenAggregate(SHARE).published(approved("run1", inAMonth))
                .whenTimeElapses(Duration.ofDays(31))
                .expectActiveSagas(0);

        assertThat(runs.reports()).containsExactly(
                new StartSagaRun(runId, SagaRunKind.EXPIRY, SHARE, "share", null,
                        Map.of("expiryDate", inAMonth.toString())),
                new StartSagaRunStep(runId, ShareExpirySaga.EXPIRE_STEP, 1),
                new FinishSagaRunStep(runId, ShareExpirySaga.EXPIRE_STEP, 1, null),
                new SucceedSagaRun(runId));
    }

    @Test
    void expiryTheShareRefusesIsAFailedRunWithTheCause() {
        fixture.setCallbackBehavior((command, metaData) -> {
            throw new IllegalStateException("The share is busy");
        });

        fixture.givenAggregate(SHARE).published(approved("run1", inAMonth))
                .whenTimeElapses(Duration.ofDays(31))
                .expectActiveSagas(0);

        assertThat(runs.reports(FailSagaRun.class)).singleElement()
                .satisfies(failed -> assertThat(failed.runId()).isEqualTo(ShareExpirySaga.runId(SHARE, inAMonth)))
                .satisfies(failed -> assertThat(failed.error()).contains("The share is busy"));
    }

    @Test
    void expiryNotDueYetIsNoRun() {
        fixture.givenNoPriorActivity()
                .whenAggregate(SHARE).publishes(approved("run1", inAMonth));

        assertThat(runs.reports()).isEmpty();
    }

    private static ShareExtensionApproved extended(Instant expiryDate) {
        return new ShareExtensionApproved(SHARE, ShareObjectStatus.Processed, Map.of(), expiryDate, false, "dave",
                CREATED);
    }
}
