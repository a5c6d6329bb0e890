package io.grantline.saga.environment;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.grantline.api.DerivedUris;
import io.grantline.api.environment.EnvironmentEvents.EnvironmentDeleted;
import io.grantline.api.sagarun.SagaRunEvents.SagaRunCancelled;
import io.grantline.api.sagarun.SagaRunKind;
import io.grantline.cloud.CloudException;
import io.grantline.cloud.StackDeployer;
import io.grantline.saga.support.CloudFailures;
import io.grantline.saga.support.RetryBudget;
import io.grantline.saga.support.SagaEnding;
import io.grantline.saga.support.SagaRunJournal;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
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
 * Deletes the environment stack from AWS when the environment is deleted with deleteFromAWS, retrying
 * throttling and timeouts with backoff a bounded number of times. Reported as a saga run of the environment, under
 * an id derived from it (an environment is deleted once).
 */
@Saga
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class EnvironmentStackDeletionSaga {

    static final String RETRY = "deleteEnvironmentStack";
    static final String DELETE_STEP = "deleteStack";

    private static final Logger LOG = LoggerFactory.getLogger(EnvironmentStackDeletionSaga.class);

    @Autowired
    private transient EnvironmentHistory history;
    @Autowired
    private transient StackDeployer deployer;
    @Autowired
    private transient DeploymentPolicy policy;
    @Autowired
    private transient DeadlineManager deadlines;
    @Autowired
    private transient SagaRunJournal runs;

    private String environmentUri;
    private String stackId;
    @JsonUnwrapped
    private RetryBudget retries = new RetryBudget();

    @StartSaga
    @SagaEventHandler(associationProperty = "environmentUri")
    public void on(EnvironmentDeleted deleted) {
        environmentUri = deleted.environmentUri();
        if (!deleted.deleteFromAws()) {
            SagaLifecycle.end();
            return;
        }
        stackId = history.load(environmentUri).map(EnvironmentStackInputs::lastStackId).orElse(null);
        if (stackId == null) {
            // CloudFormation never got to create the stack: there is nothing to delete.
            SagaLifecycle.end();
            return;
        }
        SagaLifecycle.associateWith("runId", runId(environmentUri));
        runs.started(runId(environmentUri), SagaRunKind.ENVIRONMENT_STACK_DELETION, environmentUri, "environment",
                Map.of("stackId", stackId));
        delete();
    }

    /** An admin cancelled the run: stop retrying the deletion. */
    @SagaEventHandler(associationProperty = "runId")
    public void on(SagaRunCancelled cancelled) {
        SagaEnding.endCancelling(deadlines, RETRY);
    }

    @DeadlineHandler(deadlineName = RETRY)
    public void delete() {
        String runId = runId(environmentUri);
        int attempt = retries.failedAttempts() + 1;
        runs.stepStarted(runId, DELETE_STEP, attempt);
        try {
            deployer.delete(stackId);
            LOG.info("Deleting the stack {} of environment {}", stackId, environmentUri);
            runs.stepFinished(runId, DELETE_STEP, attempt, null);
            runs.succeeded(runId);
            SagaLifecycle.end();
        } catch (CloudException e) {
            runs.stepFinished(runId, DELETE_STEP, attempt, CloudFailures.describe(e));
            Optional<Duration> wait = retries.retryAfter(e, policy);
            if (wait.isPresent()) {
                deadlines.schedule(wait.get(), RETRY);
                return;
            }
            LOG.warn("Could not delete the stack {} of environment {}", stackId, environmentUri, e);
            runs.failed(runId, retries.finalCause(e));
            SagaLifecycle.end();
        }
    }

    static String runId(String environmentUri) {
        return DerivedUris.of(environmentUri, "stack-deletion");
    }
}
