package io.grantline.saga.dataset;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.grantline.api.sagarun.SagaRunEvents.SagaRunCancelled;
import io.grantline.api.sagarun.SagaRunKind;
import io.grantline.api.Actor;
import io.grantline.api.dataset.DatasetCommands.RecordDatasetStackStatus;
import io.grantline.api.dataset.DatasetEvents.DatasetDeleted;
import io.grantline.api.dataset.DatasetEvents.DatasetStackDeploymentRequested;
import io.grantline.api.environment.EnvironmentCommands.RedeployEnvironmentStack;
import io.grantline.cdk.StackSynthesizer;
import io.grantline.cloud.AccountAccess;
import io.grantline.cloud.PivotRole;
import io.grantline.cloud.StackDeployer;
import io.grantline.cloud.StackDeployment;
import io.grantline.cloud.StackDescription;
import io.grantline.saga.environment.DeploymentPolicy;
import io.grantline.saga.environment.EnvironmentHistory;
import io.grantline.saga.environment.EnvironmentStackInputs;
import io.grantline.saga.environment.EnvironmentStackInputs.Team;
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
 * Deploys the dataset stack once per deployment request: assume the pivot role, synthesize the stack from the
 * dataset and its environment, deploy it, wait for CloudFormation with deadlines, and record the outcome on the
 * dataset. Throttling and timeouts are retried with backoff a bounded number of times; every other failure is
 * recorded with its cause. Once the stack is deployed the environment stack is redeployed, as data.all does, so
 * the teams' roles follow the dataset. A newer request for the same dataset replaces this one.
 */
@Saga
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class DatasetStackSaga {

    static final String DEPLOY = "deployDatasetStack";
    static final String POLL = "pollDatasetStack";
    static final String DEPLOY_STEP = "deploy";
    static final String WAIT_STEP = "waitForStack";

    private static final Logger LOG = LoggerFactory.getLogger(DatasetStackSaga.class);

    @Autowired
    private transient DatasetHistory datasets;
    @Autowired
    private transient EnvironmentHistory environments;
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

    private String datasetUri;
    private String environmentUri;
    private String deploymentId;
    private String stackId;
    private StackDeployment.Operation operation;
    private boolean stackCreated;
    @JsonUnwrapped
    private RetryBudget retries = new RetryBudget();
    private int polls;

    @StartSaga(forceNew = true)
    @SagaEventHandler(associationProperty = "datasetUri")
    public void on(DatasetStackDeploymentRequested request) {
        if (deploymentId != null) {
            if (!deploymentId.equals(request.deploymentId())) {
                LOG.info("Deployment {} of dataset {} superseded by {}", deploymentId, datasetUri,
                        request.deploymentId());
                runs.failed(deploymentId, "Superseded by deployment " + request.deploymentId());
                finish();
            }
            return;
        }
        datasetUri = request.datasetUri();
        environmentUri = request.environmentUri();
        deploymentId = request.deploymentId();
        SagaLifecycle.associateWith("deploymentId", deploymentId);
        SagaLifecycle.associateWith("runId", deploymentId);
        runs.started(deploymentId, SagaRunKind.DATASET_STACK, datasetUri, "dataset", Map.of());
        deploy();
    }

    @SagaEventHandler(associationProperty = "datasetUri")
    public void on(DatasetDeleted deleted) {
        runs.failed(deploymentId, "The dataset " + datasetUri + " was deleted");
        finish();
    }

    /** An admin cancelled the run: stop waiting for the stack. */
    @SagaEventHandler(associationProperty = "runId")
    public void on(SagaRunCancelled cancelled) {
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
            Optional<DatasetFacts> found = datasets.loadLive(datasetUri);
            if (found.isEmpty()) {
                runs.failed(deploymentId, "The dataset " + datasetUri + " was deleted");
                finish();
                return;
            }
            runs.stepStarted(deploymentId, DEPLOY_STEP, attempt());
            DatasetFacts dataset = found.get();
            stackCreated = dataset.stackCreated();
            Optional<EnvironmentStackInputs> environment = environments.load(dataset.environmentUri())
                    .filter(live -> !live.deleted());
            if (environment.isEmpty()) {
                fail("The environment " + dataset.environmentUri() + " of the dataset no longer exists");
                return;
            }
            Optional<Team> owners = environment.get().team(dataset.samlAdminGroupName());
            if (owners.isEmpty()) {
                fail("The team " + dataset.samlAdminGroupName() + " that owns the dataset is not a team of "
                        + "environment " + dataset.environmentUri());
                return;
            }
            accountAccess.assumePivotRole(dataset.accountId(), dataset.region());
            String template = synthesizer.synthesizeDataset(dataset.toStackProps(environment.get(),
                    owners.get().roleArn(), pivotRole.roleName()));
            StackDeployment deployment = deployer.deploy(dataset.stackName(), dataset.accountId(),
                    dataset.region(), template, dataset.stackTags(environment.get()));
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
            return;
        }
        report(operationName() + "_COMPLETE", stack.outputs(), null);
        SagaReports.send(commands, new RedeployEnvironmentStack(environmentUri, Actor.system()), LOG,
                "Environment {} did not take the redeployment after dataset {} was deployed", environmentUri,
                datasetUri);
        runs.succeeded(deploymentId);
        finish();
    }

    private void handle(RuntimeException failure, String retryDeadline) {
        Optional<Duration> wait = retries.retryAfter(failure, policy);
        if (wait.isPresent()) {
            LOG.info("Dataset {} deployment {}: {}; retry {} in {}", datasetUri, deploymentId, failure.getMessage(),
                    retries.failedAttempts(), wait.get());
            deadlines.schedule(wait.get(), retryDeadline);
            return;
        }
        LOG.warn("Dataset {} deployment {} failed", datasetUri, deploymentId, failure);
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
                new RecordDatasetStackStatus(datasetUri, deploymentId, status, stackId, outputs, error), LOG,
                "Dataset {} did not take stack status {} of deployment {}", datasetUri, status, deploymentId);
    }

    private void finish() {
        SagaEnding.endCancelling(deadlines, DEPLOY, POLL);
    }

    @Override
    public String toString() {
        return "DatasetStackSaga[" + datasetUri + " deployment " + deploymentId + ", stack " + stackId + "]";
    }
}
