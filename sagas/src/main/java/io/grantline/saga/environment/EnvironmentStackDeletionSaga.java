package io.grantline.saga.environment;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.grantline.api.environment.EnvironmentEvents.EnvironmentDeleted;
import io.grantline.cloud.CloudException;
import io.grantline.cloud.StackDeployer;
import io.grantline.saga.support.RetryBudget;
import java.time.Duration;
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
 * throttling and timeouts with backoff a bounded number of times.
 */
@Saga
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class EnvironmentStackDeletionSaga {

    static final String RETRY = "deleteEnvironmentStack";

    private static final Logger LOG = LoggerFactory.getLogger(EnvironmentStackDeletionSaga.class);

    @Autowired
    private transient EnvironmentHistory history;
    @Autowired
    private transient StackDeployer deployer;
    @Autowired
    private transient DeploymentPolicy policy;
    @Autowired
    private transient DeadlineManager deadlines;

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
        delete();
    }

    @DeadlineHandler(deadlineName = RETRY)
    public void delete() {
        try {
            deployer.delete(stackId);
            LOG.info("Deleting the stack {} of environment {}", stackId, environmentUri);
            SagaLifecycle.end();
        } catch (CloudException e) {
            Optional<Duration> wait = retries.retryAfter(e, policy);
            if (wait.isPresent()) {
                deadlines.schedule(wait.get(), RETRY);
                return;
            }
            LOG.warn("Could not delete the stack {} of environment {}", stackId, environmentUri, e);
            SagaLifecycle.end();
        }
    }
}
