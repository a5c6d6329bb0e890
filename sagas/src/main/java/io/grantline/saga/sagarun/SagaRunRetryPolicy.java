package io.grantline.saga.sagarun;

import io.grantline.api.Actor;
import io.grantline.api.ResourceUris;
import io.grantline.api.dataset.DatasetCommands.RedeployDatasetStack;
import io.grantline.api.dataset.DatasetCommands.StartDatasetProfilingRun;
import io.grantline.api.dataset.DatasetCommands.StartGlueCrawler;
import io.grantline.api.environment.EnvironmentCommands.RedeployEnvironmentStack;
import io.grantline.api.sagarun.SagaRunEvents.SagaRunRetried;
import io.grantline.api.sagarun.SagaRunKind;
import io.grantline.api.share.ShareCommands.ExpireShare;
import io.grantline.api.share.ShareCommands.ReapplyShareItems;
import io.grantline.api.share.ShareCommands.RevokeShareItems;
import io.grantline.api.share.ShareCommands.SubmitShareObject;
import io.grantline.api.share.ShareCommands.VerifyShareItems;
import io.grantline.saga.support.SagaReports;
import io.grantline.saga.support.SagaRunJournal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the work of a retried saga run again with the command the API starts it with, as the platform: the admin
 * who retried it stays in the metadata (actor), and the run it retries travels along ({@link SagaRunJournal#RETRY_OF})
 * so the new run records it. A failed grant is resubmitted with auto-approval, which puts its failed items back
 * to approval and approves them, as a requester and an approver would in data.all. A failed expiry revocation is
 * revoked again as any revocation (a REVOKE run then carries the retry); an expiry the share refused is sent again.
 */
@ProcessingGroup(SagaRunRetryPolicy.PROCESSING_GROUP)
@DisallowReplay
public class SagaRunRetryPolicy {

    public static final String PROCESSING_GROUP = "saga-run-retries";

    private static final Logger LOG = LoggerFactory.getLogger(SagaRunRetryPolicy.class);

    private final CommandGateway commands;

    public SagaRunRetryPolicy(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    public void on(SagaRunRetried retried) {
        Optional<Object> command = commandFor(retried);
        if (command.isEmpty()) {
            LOG.warn("Saga run {} of kind {} cannot be started again", retried.runId(), retried.kind());
            return;
        }
        MetaData retry = MetaData.with(SagaRunJournal.RETRY_OF, retried.runId())
                .and(SagaRunJournal.RETRY_KIND, restartedAs(retried).name());
        SagaReports.send(commands, GenericCommandMessage.asCommandMessage(command.get()).andMetaData(retry), LOG,
                "The retry of saga run {} was refused", retried.runId());
    }

    static Optional<Object> commandFor(SagaRunRetried retried) {
        String target = retried.targetUri();
        Map<String, String> parameters = retried.parameters() == null ? Map.of() : retried.parameters();
        Actor platform = Actor.system();
        return Optional.ofNullable(switch (retried.kind()) {
            case ENVIRONMENT_STACK -> new RedeployEnvironmentStack(target, platform);
            case DATASET_STACK -> new RedeployDatasetStack(target, platform);
            case CRAWLER -> new StartGlueCrawler(target, ResourceUris.next(), parameters.getOrDefault("location", ""),
                    platform);
            case PROFILING -> new StartDatasetProfilingRun(target, ResourceUris.next(), parameters.get("tableUri"),
                    platform);
            case SHARE -> new SubmitShareObject(target, true, platform);
            case REVOKE -> new RevokeShareItems(target, items(parameters), platform);
            case EXPIRY -> parameters.containsKey("items") ? new RevokeShareItems(target, items(parameters), platform)
                    : new ExpireShare(target, Instant.parse(parameters.get("expiryDate")));
            case VERIFY -> new VerifyShareItems(target, items(parameters), platform);
            case REAPPLY -> new ReapplyShareItems(target, items(parameters), List.of(), platform);
            case ENVIRONMENT_STACK_DELETION, DATASET_STACK_DELETION, COLUMN_WRITE_BACK, FOLDER_PREFIX -> null;
        });
    }

    /** The kind of the run the command starts: the run that records the retry. */
    static SagaRunKind restartedAs(SagaRunRetried retried) {
        boolean revocation = retried.parameters() != null && retried.parameters().containsKey("items");
        return retried.kind() == SagaRunKind.EXPIRY && revocation ? SagaRunKind.REVOKE : retried.kind();
    }

    private static List<String> items(Map<String, String> parameters) {
        String items = parameters.get("items");
        return items == null || items.isBlank() ? List.of() : Arrays.asList(items.split(","));
    }
}
