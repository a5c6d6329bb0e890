package io.grantline.saga.share;

import static io.grantline.saga.share.SampleShare.CREATED;
import static io.grantline.saga.share.SampleShare.SHARE;
import static io.grantline.saga.share.SampleShare.approved;
import static io.grantline.saga.share.SampleShare.deleted;

import io.grantline.api.share.ShareCommands.ExpireShare;
import io.grantline.api.share.ShareEvents.ShareExpirationPeriodUpdated;
import io.grantline.api.share.ShareEvents.ShareExtensionApproved;
import io.grantline.api.share.ShareObjectStatus;
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
    Instant inAMonth;
    Instant inThreeMonths;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(ShareExpirySaga.class);
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

    private static ShareExtensionApproved extended(Instant expiryDate) {
        return new ShareExtensionApproved(SHARE, ShareObjectStatus.Processed, Map.of(), expiryDate, false, "dave",
                CREATED);
    }
}
