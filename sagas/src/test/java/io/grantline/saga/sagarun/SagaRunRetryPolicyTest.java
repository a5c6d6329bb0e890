package io.grantline.saga.sagarun;

import static org.assertj.core.api.Assertions.assertThat;

import io.grantline.api.Actor;
import io.grantline.api.dataset.DatasetCommands.StartGlueCrawler;
import io.grantline.api.environment.EnvironmentCommands.RedeployEnvironmentStack;
import io.grantline.api.sagarun.SagaRunEvents.SagaRunRetried;
import io.grantline.api.sagarun.SagaRunKind;
import io.grantline.api.share.ShareCommands.ExpireShare;
import io.grantline.api.share.ShareCommands.ReapplyShareItems;
import io.grantline.api.share.ShareCommands.RevokeShareItems;
import io.grantline.api.share.ShareCommands.SubmitShareObject;
import io.grantline.saga.support.SagaRunJournal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.test.utils.RecordingCommandBus;
import org.junit.jupiter.api.Test;

class SagaRunRetryPolicyTest {

    final RecordingCommandBus bus = new RecordingCommandBus();
    final SagaRunRetryPolicy policy = new SagaRunRetryPolicy(DefaultCommandGateway.builder().commandBus(bus).build());

    static SagaRunRetried retried(SagaRunKind kind, String target, Map<String, String> parameters) {
        return new SagaRunRetried("run1", "alice", null, kind, target, "any", parameters, Instant.now());
    }

    @Test
    void retriedStackDeploymentIsRedeployedCarryingTheRunItRetries() {
        policy.on(retried(SagaRunKind.ENVIRONMENT_STACK, "env1", Map.of()));

        CommandMessage<?> sent = bus.getDispatchedCommands().get(0);
        assertThat(sent.getPayload()).isEqualTo(new RedeployEnvironmentStack("env1", Actor.system()));
        assertThat(sent.getMetaData()).containsEntry(SagaRunJournal.RETRY_OF, "run1")
                .containsEntry(SagaRunJournal.RETRY_KIND, "ENVIRONMENT_STACK");
    }

    @Test
    void retriedCrawlerRunStartsANewRunOnTheSameLocation() {
        policy.on(retried(SagaRunKind.CRAWLER, "ds1", Map.of("location", "raw/")));

        StartGlueCrawler start = (StartGlueCrawler) bus.getDispatchedCommands().get(0).getPayload();
        assertThat(start.datasetUri()).isEqualTo("ds1");
        assertThat(start.prefix()).isEqualTo("raw/");
        assertThat(start.crawlerRunId()).isNotBlank().isNotEqualTo("run1");
    }

    @Test
    void retriedGrantIsResubmittedWithAutoApproval() {
        policy.on(retried(SagaRunKind.SHARE, "shr1", Map.of("items", "si1,si2")));

        assertThat(bus.getDispatchedCommands().get(0).getPayload())
                .isEqualTo(new SubmitShareObject("shr1", true, Actor.system()));
    }

    @Test
    void retriedRevocationRevokesTheSameItemsAgain() {
        policy.on(retried(SagaRunKind.REVOKE, "shr1", Map.of("items", "si1,si2")));

        assertThat(bus.getDispatchedCommands().get(0).getPayload())
                .isEqualTo(new RevokeShareItems("shr1", List.of("si1", "si2"), Actor.system()));
    }

    @Test
    void retriedReapplyReappliesTheSameItems() {
        policy.on(retried(SagaRunKind.REAPPLY, "shr1", Map.of("items", "si1")));

        assertThat(bus.getDispatchedCommands().get(0).getPayload())
                .isEqualTo(new ReapplyShareItems("shr1", List.of("si1"), List.of(), Actor.system()));
    }

    @Test
    void retriedExpiryRevocationRevokesTheSameItemsAsARevocationRun() {
        policy.on(retried(SagaRunKind.EXPIRY, "shr1", Map.of("items", "si1,si2")));

        CommandMessage<?> sent = bus.getDispatchedCommands().get(0);
        assertThat(sent.getPayload()).isEqualTo(new RevokeShareItems("shr1", List.of("si1", "si2"), Actor.system()));
        assertThat(sent.getMetaData()).containsEntry(SagaRunJournal.RETRY_KIND, "REVOKE");
    }

    @Test
    void retriedExpiryThatRevokedNothingExpiresTheShareAgainAtTheSameDate() {
        Instant expiryDate = Instant.parse("2027-01-01T00:00:00Z");

        policy.on(retried(SagaRunKind.EXPIRY, "shr1", Map.of("expiryDate", expiryDate.toString())));

        CommandMessage<?> sent = bus.getDispatchedCommands().get(0);
        assertThat(sent.getPayload()).isEqualTo(new ExpireShare("shr1", expiryDate));
        assertThat(sent.getMetaData()).containsEntry(SagaRunJournal.RETRY_KIND, "EXPIRY");
    }

    @Test
    void runThatCannotBeStartedAgainSendsNothing() {
        policy.on(retried(SagaRunKind.DATASET_STACK_DELETION, "ds1", Map.of()));

        assertThat(bus.getDispatchedCommands()).isEmpty();
    }
}
