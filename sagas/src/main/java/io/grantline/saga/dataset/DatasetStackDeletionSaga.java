package io.grantline.saga.dataset;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.grantline.api.Actor;
import io.grantline.api.DerivedUris;
import io.grantline.api.dataset.DatasetEvents.DatasetDeleted;
import io.grantline.api.environment.EnvironmentCommands.RedeployEnvironmentStack;
import io.grantline.api.sagarun.SagaRunEvents.SagaRunCancelled;
import io.grantline.api.sagarun.SagaRunKind;
import io.grantline.cloud.CloudResourceNotFoundException;
import io.grantline.cloud.StackDeployer;
import io.grantline.cloud.StackDescription;
import io.grantline.saga.environment.DeploymentPolicy;
import io.grantline.saga.support.CloudFailures;
import io.grantline.saga.support.RetryBudget;
import io.grantline.saga.support.SagaEnding;
import io.grantline.saga.support.SagaReports;
import io.grantline.saga.support.SagaRunJournal;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Deletes the dataset stack from AWS when the dataset is deleted with deleteFromAWS, waits until it is gone, then
 * redeploys the environment stack so the teams' roles drop the dataset, as data.all does. Throttling and timeouts
 * are retried with backoff a bounded number of times. The dataset no longer exists, so a failure is recorded in the
 * log and on the saga run, under an id derived from the dataset (a dataset is deleted once).
 */
@Saga
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class DatasetStackDeletionSaga {

    static final String DELETE = "deleteDatasetStack";
    static final String POLL = "pollDeletedDatasetStack";
    static final String DELETE_STEP = "deleteStack";
    static final String WAIT_STEP = "waitForDeletion";

    private static final Logger LOG = LoggerFactory.getLogger(DatasetStackDeletionSaga.class);

    @Autowired
    private transient DatasetHistory datasets;
    @Autowired
    private transient StackDeployer deployer;
    @Autowired
    private transient DeploymentPolicy policy;
    @Autowired
    private transient CommandGateway commands;
    @Autowired
    private transient DeadlineManager deadlines;
    @Autowired
    private transient SagaRunJournal runs;

    private String datasetUri;
    private String environmentUri;
    private String stackId;
    @JsonUnwrapped
    private RetryBudget retries = new RetryBudget();
    private int polls;

    @StartSaga
    @SagaEventHandler(associationProperty = "datasetUri")
    public void on(DatasetDeleted deleted) {
        datasetUri = deleted.datasetUri();
        environmentUri = deleted.environmentUri();
        if (!deleted.deleteFromAws()) {
            SagaLifecycle.end();
            return;
        }
        stackId = datasets.load(datasetUri).map(DatasetFacts::lastStackId).orElse(null);
        if (stackId == null) {
            // CloudFormation never got to create the stack: there is nothing to delete.
            SagaLifecycle.end();
            return;
        }
        SagaLifecycle.associateWith("runId", runId(datasetUri));
        runs.started(runId(datasetUri), SagaRunKind.DATASET_STACK_DELETION, datasetUri, "dataset",
                Map.of("stackId", stackId));
        delete();
    }

    /** An admin cancelled the run: stop deleting and waiting; the environment stack is not redeployed. */
    @SagaEventHandler(associationProperty = "runId")
    public void on(SagaRunCancelled cancelled) {
        finish();
    }

    @DeadlineHandler(deadlineName = DELETE)
    public void delete() {
        int attempt = attempt();
        runs.stepStarted(runId(datasetUri), DELETE_STEP, attempt);
        try {
            deployer.delete(stackId);
            LOG.info("Deleting the stack {} of dataset {}", stackId, datasetUri);
            runs.stepFinished(runId(datasetUri), DELETE_STEP, attempt, null);
            retries.succeeded();
            deadlines.schedule(policy.pollInterval(), POLL);
        } catch (RuntimeException e) {
            runs.stepFinished(runId(datasetUri), DELETE_STEP, attempt, CloudFailures.describe(e));
            retryOrGiveUp(e, DELETE);
        }
    }

    @DeadlineHandler(deadlineName = POLL)
    public void poll() {
        int attempt = attempt();
        runs.stepStarted(runId(datasetUri), WAIT_STEP, attempt);
        try {
            StackDescription stack = deployer.describe(stackId);
            runs.stepFinished(runId(datasetUri), WAIT_STEP, attempt, null);
            retries.succeeded();
            if (stack.inProgress() && ++polls < policy.maxPolls()) {
                deadlines.schedule(policy.pollInterval(), POLL);
            } else if (stack.inProgress()) {
                giveUp("it was still " + stack.status() + " after " + polls + " checks");
            } else if (stack.failed()) {
                giveUp(stack.failureCause());
            } else {
                gone();
            }
        } catch (CloudResourceNotFoundException e) {
            runs.stepFinished(runId(datasetUri), WAIT_STEP, attempt, null);
            gone();
        } catch (RuntimeException e) {
            runs.stepFinished(runId(datasetUri), WAIT_STEP, attempt, CloudFailures.describe(e));
            retryOrGiveUp(e, POLL);
        }
    }

    static String runId(String datasetUri) {
        return DerivedUris.of(datasetUri, "stack-deletion");
    }

    private void gone() {
        LOG.info("The stack {} of dataset {} is deleted", stackId, datasetUri);
        SagaReports.send(commands, new RedeployEnvironmentStack(environmentUri, Actor.system()), LOG,
                "Environment {} did not take the redeployment after dataset {} was deleted", environmentUri,
                datasetUri);
        runs.succeeded(runId(datasetUri));
        finish();
    }

    private void retryOrGiveUp(RuntimeException failure, String retryDeadline) {
        Optional<Duration> wait = retries.retryAfter(failure, policy);
        if (wait.isPresent()) {
            deadlines.schedule(wait.get(), retryDeadline);
            return;
        }
        giveUp(retries.finalCause(failure));
    }

    private void giveUp(String cause) {
        LOG.warn("Could not delete the stack {} of dataset {}: {}", stackId, datasetUri, cause);
        runs.failed(runId(datasetUri), cause);
        finish();
    }

    private int attempt() {
        return retries.failedAttempts() + 1;
    }

    private void finish() {
        SagaEnding.endCancelling(deadlines, DELETE, POLL);
    }
}
