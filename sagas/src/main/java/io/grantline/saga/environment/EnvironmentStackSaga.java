package io.grantline.saga.environment;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.grantline.api.environment.EnvironmentCommands.RecordEnvironmentStackStatus;
import io.grantline.api.environment.EnvironmentEvents.EnvironmentDeleted;
import io.grantline.api.environment.EnvironmentEvents.EnvironmentStackDeploymentRequested;
import io.grantline.api.sagarun.SagaRunEvents.SagaRunCancelled;
import io.grantline.api.sagarun.SagaRunKind;
import io.grantline.cdk.StackSynthesizer;
import io.grantline.cloud.AccountAccess;
import io.grantline.cloud.PivotRole;
import io.grantline.cloud.StackDeployer;
import io.grantline.cloud.StackDeployment;
import io.grantline.cloud.StackDescription;
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
 * Deploys the environment stack once per deployment request: assume the pivot role, synthesize the stack, deploy
 * it, wait for CloudFormation with deadlines, and record the outcome on the environment. Throttling and timeouts
 * are retried with backoff a bounded number of times; every other failure is recorded with its cause, so the
 * environment never stays in progress. A newer request for the same environment replaces this one.
 */
@Saga
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class EnvironmentStackSaga {

    static final String DEPLOY = "deployEnvironmentStack";
    static final String POLL = "pollEnvironmentStack";
    static final String DEPLOY_STEP = "deploy";
    static final String WAIT_STEP = "waitForStack";

    private static final Logger LOG = LoggerFactory.getLogger(EnvironmentStackSaga.class);

    @Autowired
    private transient EnvironmentHistory history;
    @Autowired
    private transient AccountAccess accountAccess;
    @Autowired
    private transient StackDeployer deployer;
    @Autowired
    private transient StackSynthesizer synthesizer;
    @Autowired
    private transient PivotRole pivotRole;
    @Autowired
    private transient DeploymentPolicy policy;
    @Autowired
    private transient CommandGateway commands;
    @Autowired
    private transient DeadlineManager deadlines;
    @Autowired
    private transient SagaRunJournal runs;

    private String environmentUri;
    private String deploymentId;
    private String stackId;
    private StackDeployment.Operation operation;
    private boolean stackCreated;
    @JsonUnwrapped
    private RetryBudget retries = new RetryBudget();
    private int polls;

    @StartSaga(forceNew = true)
    @SagaEventHandler(associationProperty = "environmentUri")
    public void on(EnvironmentStackDeploymentRequested request) {
        if (deploymentId != null) {
            if (!deploymentId.equals(request.deploymentId())) {
                LOG.info("Deployment {} of environment {} superseded by {}", deploymentId, environmentUri,
                        request.deploymentId());
                runs.failed(deploymentId, "Superseded by deployment " + request.deploymentId());
                finish();
            }
            return;
        }
        environmentUri = request.environmentUri();
        deploymentId = request.deploymentId();
        SagaLifecycle.associateWith("deploymentId", deploymentId);
        SagaLifecycle.associateWith("runId", deploymentId);
        runs.started(deploymentId, SagaRunKind.ENVIRONMENT_STACK, environmentUri, "environment", Map.of());
        deploy();
    }

    /** An admin cancelled the run: stop waiting for the stack. */
    @SagaEventHandler(associationProperty = "runId")
    public void on(SagaRunCancelled cancelled) {
        finish();
    }

    @SagaEventHandler(associationProperty = "environmentUri")
    public void on(EnvironmentDeleted deleted) {
        runs.failed(deploymentId, "The environment " + environmentUri + " was deleted");
        finish();
    }

    @DeadlineHandler(deadlineName = DEPLOY)
    public void retryDeploy() {
        deploy();
    }

    @DeadlineHandler(deadlineName = POLL)
    public void poll() {
        runs.stepStarted(deploymentId, WAIT_STEP, attempt());
        try {
            StackDescription stack = deployer.describe(stackId);
            runs.stepFinished(deploymentId, WAIT_STEP, attempt(), null);
            retries.succeeded();
            if (!stack.inProgress()) {
                settle(stack);
            } else if (++polls >= policy.maxPolls()) {
                fail("The stack was still " + stack.status() + " after " + polls + " checks; giving up waiting");
            } else {
                deadlines.schedule(policy.pollInterval(), POLL);
            }
        } catch (RuntimeException e) {
            runs.stepFinished(deploymentId, WAIT_STEP, attempt(), CloudFailures.describe(e));
            handle(e, POLL);
        }
    }

    private void deploy() {
        try {
            Optional<EnvironmentStackInputs> found = history.load(environmentUri);
            if (found.isEmpty() || found.get().deleted()) {
                runs.failed(deploymentId, "The environment " + environmentUri + " was deleted");
                finish();
                return;
            }
            runs.stepStarted(deploymentId, DEPLOY_STEP, attempt());
            EnvironmentStackInputs environment = found.get();
            stackCreated = environment.stackCreated();
            accountAccess.assumePivotRole(environment.accountId(), environment.region());
            String template = synthesizer.synthesizeEnvironment(environment.toStackProps(pivotRole.roleName()));
            StackDeployment deployment = deployer.deploy(environment.stackName(), environment.accountId(),
                    environment.region(), template, environment.stackTags());
            stackId = deployment.stackId();
            operation = deployment.operation();
            runs.stepFinished(deploymentId, DEPLOY_STEP, attempt(), null);
            retries.succeeded();
            if (deployment.unchanged()) {
                settle(deployer.describe(stackId));
            } else {
                report(operation.name() + "_IN_PROGRESS", null, null);
                deadlines.schedule(policy.pollInterval(), POLL);
            }
        } catch (RuntimeException e) {
            runs.stepFinished(deploymentId, DEPLOY_STEP, attempt(), CloudFailures.describe(e));
            handle(e, DEPLOY);
        }
    }

    private void settle(StackDescription stack) {
        if (stack.failed()) {
            fail(stack.failureCause());
        } else {
            report(operationName() + "_COMPLETE", stack.outputs(), null);
            runs.succeeded(deploymentId);
            finish();
        }
    }

    private void handle(RuntimeException failure, String retryDeadline) {
        Optional<Duration> wait = retries.retryAfter(failure, policy);
        if (wait.isPresent()) {
            LOG.info("Environment {} deployment {}: {}; retry {} in {}", environmentUri, deploymentId,
                    failure.getMessage(), retries.failedAttempts(), wait.get());
            deadlines.schedule(wait.get(), retryDeadline);
            return;
        }
        LOG.warn("Environment {} deployment {} failed", environmentUri, deploymentId, failure);
        fail(retries.finalCause(failure));
    }

    private void fail(String cause) {
        report(operationName() + "_FAILED", null, cause);
        runs.failed(deploymentId, cause);
        finish();
    }

    private int attempt() {
        return retries.failedAttempts() + 1;
    }

    private String operationName() {
        if (operation != null) {
            return operation.name();
        }
        return stackCreated ? "UPDATE" : "CREATE";
    }

    private void report(String status, Map<String, String> outputs, String error) {
        SagaReports.send(commands,
                new RecordEnvironmentStackStatus(environmentUri, deploymentId, status, stackId, outputs, error), LOG,
                "Environment {} did not take stack status {} of deployment {}", environmentUri, status, deploymentId);
    }

    private void finish() {
        SagaEnding.endCancelling(deadlines, DEPLOY, POLL);
    }

    @Override
    public String toString() {
        return "EnvironmentStackSaga[" + environmentUri + " deployment " + deploymentId + ", stack " + stackId + "]";
    }
}
