package io.grantline.saga.support;

import io.grantline.api.sagarun.SagaRunCommands.FailSagaRun;
import io.grantline.api.sagarun.SagaRunCommands.FinishSagaRunStep;
import io.grantline.api.sagarun.SagaRunCommands.StartSagaRun;
import io.grantline.api.sagarun.SagaRunCommands.StartSagaRunStep;
import io.grantline.api.sagarun.SagaRunCommands.SucceedSagaRun;
import io.grantline.api.sagarun.SagaRunKind;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a saga reports its run to the SagaRun aggregate: fire and forget, so a report that is refused or lost is
 * logged and never changes what the saga does. A run started by the retry policy finds the run it retries in the
 * metadata of the event that started it ({@link #RETRY_OF}, {@link #RETRY_KIND}, carried from the policy's
 * command by the correlation data providers).
 */
public class SagaRunJournal {

    public static final String RETRY_OF = "sagaRunRetryOf";
    public static final String RETRY_KIND = "sagaRunRetryKind";

    private static final Logger LOG = LoggerFactory.getLogger(SagaRunJournal.class);

    private final CommandGateway commands;

    public SagaRunJournal(CommandGateway commands) {
        this.commands = commands;
    }

    public void started(String runId, SagaRunKind kind, String targetUri, String targetType,
                        Map<String, String> parameters) {
        send(new StartSagaRun(runId, kind, targetUri, targetType, retryOf(kind), parameters), runId);
    }

    public void stepStarted(String runId, String step, int attempt) {
        send(new StartSagaRunStep(runId, step, attempt), runId);
    }

    public void stepFinished(String runId, String step, int attempt, String error) {
        send(new FinishSagaRunStep(runId, step, attempt, error), runId);
    }

    public void succeeded(String runId) {
        send(new SucceedSagaRun(runId), runId);
    }

    public void failed(String runId, String error) {
        send(new FailSagaRun(runId, error), runId);
    }

    private void send(Object report, String runId) {
        if (runId == null) {
            return;
        }
        SagaReports.send(commands, report, LOG, "Saga run {} did not take {}", runId,
                report.getClass().getSimpleName());
    }

    /** Only a run of the retried kind is the retry: other runs the retry causes later carry the metadata too. */
    private static String retryOf(SagaRunKind kind) {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        MetaData metaData = CurrentUnitOfWork.get().getMessage().getMetaData();
        Object retriedKind = metaData.get(RETRY_KIND);
        Object retryOf = metaData.get(RETRY_OF);
        return retryOf != null && kind.name().equals(retriedKind) ? retryOf.toString() : null;
    }
}
