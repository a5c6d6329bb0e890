package io.grantline.command.vote;

import io.grantline.api.Actor;
import io.grantline.api.vote.VoteCommands.CastVote;
import io.grantline.api.vote.VoteEvents.VoteCast;
import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VoteTest {

    static final Actor ADA = new Actor("ada", List.of("Sales"));
    static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

    AggregateTestFixture<Vote> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Vote.class);
        fixture.registerIgnoredField(VoteCast.class, "created");
        fixture.registerIgnoredField(VoteCast.class, "cast");
    }

    @Test
    void aFirstVoteHasNoPreviousOne() {
        fixture.givenNoPriorActivity()
                .when(new CastVote("v1", "ds1", "dataset", true, ADA))
                .expectEvents(new VoteCast("v1", "ds1", "dataset", "ada", true, null, AT, AT));
    }

    @Test
    void votingAgainTheSameRecordsNothing() {
        fixture.given(new VoteCast("v1", "ds1", "dataset", "ada", true, null, AT, AT))
                .when(new CastVote("v1", "ds1", "dataset", true, ADA))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void changingTheVoteRecordsWhatItWas() {
        fixture.given(new VoteCast("v1", "ds1", "dataset", "ada", true, null, AT, AT))
                .when(new CastVote("v1", "ds1", "dataset", false, ADA))
                .expectEvents(new VoteCast("v1", "ds1", "dataset", "ada", false, true, AT, AT));
    }
}
