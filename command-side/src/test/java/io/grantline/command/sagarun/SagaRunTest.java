package io.grantline.command.sagarun;

import io.grantline.api.Actor;
import io.grantline.api.error.InvalidInput;
import io.grantline.api.error.RequiredParameter;
import io.grantline.api.sagarun.SagaRunCommands.CancelSagaRun;
import io.grantline.api.sagarun.SagaRunCommands.FailSagaRun;
import io.grantline.api.sagarun.SagaRunCommands.FinishSagaRunStep;
import io.grantline.api.sagarun.SagaRunCommands.RetrySagaRun;
import io.grantline.api.sagarun.SagaRunCommands.StartSagaRun;
import io.grantline.api.sagarun.SagaRunCommands.StartSagaRunStep;
import io.grantline.api.sagarun.SagaRunCommands.SucceedSagaRun;
import io.grantline.api.sagarun.SagaRunEvents.SagaRunCancelled;
import io.grantline.api.sagarun.SagaRunEvents.SagaRunFailed;
import io.grantline.api.sagarun.SagaRunEvents.SagaRunRetried;
import io.grantline.api.sagarun.SagaRunEvents.SagaRunStarted;
import io.grantline.api.sagarun.SagaRunEvents.SagaRunStepFinished;
import io.grantline.api.sagarun.SagaRunEvents.SagaRunStepStarted;
import io.grantline.api.sagarun.SagaRunEvents.SagaRunSucceeded;
import io.grantline.api.sagarun.SagaRunKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SagaRunTest {

    static final String RUN = "dep-1";
    static final String ENV = "env1test";
    static final Map<String, String> PARAMETERS = Map.of("reason", "update");
    static final Instant AT = Instant.parse("2026-12-02T10:00:00Z");
    static final Instant LATER = AT.plusSeconds(3600);
    static final Actor ADMIN = new Actor("alice", List.of("DAAdministrators"));

    AggregateTestFixture<SagaRun> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SagaRun.class);
        fixture.registerIgnoredField(SagaRunStarted.class, "started");
        fixture.registerIgnoredField(SagaRunStepStarted.class, "started");
        fixture.registerIgnoredField(SagaRunStepFinished.class, "finished");
        fixture.registerIgnoredField(SagaRunSucceeded.class, "finished");
        fixture.registerIgnoredField(SagaRunFailed.class, "finished");
        fixture.registerIgnoredField(SagaRunCancelled.class, "cancelled");
        fixture.registerIgnoredField(SagaRunRetried.class, "retried");
    }

    static SagaRunStarted started() {
        return new SagaRunStarted(RUN, SagaRunKind.ENVIRONMENT_STACK, ENV, "environment", null, PARAMETERS, AT);
    }

    static SagaRunFailed failed() {
        return new SagaRunFailed(RUN, "Rate exceeded", AT);
    }

    @Test
    void startRecordsTheRunRunning() {
        fixture.givenNoPriorActivity()
                .when(new StartSagaRun(RUN, SagaRunKind.ENVIRONMENT_STACK, ENV, "environment", null, PARAMETERS))
                .expectEvents(started());
    }

    @Test
    void startingAStartedRunAgainChangesNothing() {
        fixture.given(started())
                .when(new StartSagaRun(RUN, SagaRunKind.ENVIRONMENT_STACK, ENV, "environment", null, PARAMETERS))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void runWithoutKindIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new StartSagaRun(RUN, null, ENV, "environment", null, PARAMETERS))
                .expectException(RequiredParameter.class)
                .expectNoEvents();
    }

    @Test
    void runWithoutTargetIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new StartSagaRun(RUN, SagaRunKind.CRAWLER, " ", "dataset", null, PARAMETERS))
                .expectException(RequiredParameter.class)
                .expectNoEvents();
    }

    @Test
    void stepStartedRecordsItsAttempt() {
        fixture.given(started())
                .when(new StartSagaRunStep(RUN, "deploy", 2))
                .expectEvents(new SagaRunStepStarted(RUN, "deploy", 2, AT));
    }

    @Test
    void stepFinishedRecordsItsError() {
        fixture.given(started(), new SagaRunStepStarted(RUN, "deploy", 1, AT))
                .when(new FinishSagaRunStep(RUN, "deploy", 1, "Rate exceeded"))
                .expectEvents(new SagaRunStepFinished(RUN, "deploy", 1, "Rate exceeded", AT));
    }

    @Test
    void noStepOnAFinishedRun() {
        fixture.given(started(), new SagaRunSucceeded(RUN, AT))
                .when(new StartSagaRunStep(RUN, "deploy", 1))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void succeededEndsARunningRun() {
        fixture.given(started())
                .when(new SucceedSagaRun(RUN))
                .expectEvents(new SagaRunSucceeded(RUN, AT));
    }

    @Test
    void failedRecordsTheLastError() {
        fixture.given(started())
                .when(new FailSagaRun(RUN, "Rate exceeded"))
                .expectEvents(failed());
    }

    @Test
    void aCancelledRunCannotFailAnymore() {
        fixture.given(started(), new SagaRunCancelled(RUN, "alice", null, AT))
                .when(new FailSagaRun(RUN, "late"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cancelOfARunningRunRecordsTheAdmin() {
        fixture.given(started())
                .when(new CancelSagaRun(RUN, "stuck", AT.minusSeconds(60), ADMIN))
                .expectEvents(new SagaRunCancelled(RUN, "alice", "stuck", AT));
    }

    @Test
    void cancelOfAFailedRunIsRecorded() {
        fixture.given(started(), failed())
                .when(new CancelSagaRun(RUN, null, AT, ADMIN))
                .expectEvents(new SagaRunCancelled(RUN, "alice", null, AT));
    }

    @Test
    void cancelOfASucceededRunIsRefused() {
        fixture.given(started(), new SagaRunSucceeded(RUN, AT))
                .when(new CancelSagaRun(RUN, null, LATER, ADMIN))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("SUCCEEDED"))
                .expectNoEvents();
    }

    @Test
    void retryOfAFailedRunCarriesWhatStartsTheWorkAgain() {
        fixture.given(started(), failed())
                .when(new RetrySagaRun(RUN, "fault cleared", AT, ADMIN))
                .expectEvents(new SagaRunRetried(RUN, "alice", "fault cleared", SagaRunKind.ENVIRONMENT_STACK, ENV,
                        "environment", PARAMETERS, AT));
    }

    @Test
    void retryOfACancelledRunIsRecorded() {
        fixture.given(started(), new SagaRunCancelled(RUN, "alice", null, AT))
                .when(new RetrySagaRun(RUN, null, AT, ADMIN))
                .expectEvents(new SagaRunRetried(RUN, "alice", null, SagaRunKind.ENVIRONMENT_STACK, ENV,
                        "environment", PARAMETERS, AT));
    }

    @Test
    void retryOfAStalledRunCancelsItFirst() {
        fixture.given(started())
                .when(new RetrySagaRun(RUN, "stuck", LATER, ADMIN))
                .expectEvents(new SagaRunCancelled(RUN, "alice", "Retried: stuck", AT),
                        new SagaRunRetried(RUN, "alice", "stuck", SagaRunKind.ENVIRONMENT_STACK, ENV,
                                "environment", PARAMETERS, AT));
    }

    @Test
    void retryOfARunThatStillProgressesIsRefused() {
        fixture.given(started(), new SagaRunStepStarted(RUN, "deploy", 1, LATER))
                .when(new RetrySagaRun(RUN, null, LATER, ADMIN))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("RUNNING"))
                .expectNoEvents();
    }

    @Test
    void retryOfASucceededRunIsRefusedNamingTheState() {
        fixture.given(started(), new SagaRunSucceeded(RUN, AT))
                .when(new RetrySagaRun(RUN, null, LATER, ADMIN))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("SUCCEEDED"))
                .expectNoEvents();
    }

    @Test
    void aRunIsRetriedOnce() {
        fixture.given(started(), failed(), new SagaRunRetried(RUN, "alice", null, SagaRunKind.ENVIRONMENT_STACK,
                        ENV, "environment", PARAMETERS, AT))
                .when(new RetrySagaRun(RUN, null, AT, ADMIN))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }
}
