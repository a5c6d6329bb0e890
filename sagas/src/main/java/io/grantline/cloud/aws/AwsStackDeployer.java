package io.grantline.cloud.aws;

import io.grantline.cloud.CloudRequestFailedException;
import io.grantline.cloud.CloudResourceNotFoundException;
import io.grantline.cloud.StackBusyException;
import io.grantline.cloud.StackDeployer;
import io.grantline.cloud.StackDeployment;
import io.grantline.cloud.StackDeployment.Operation;
import io.grantline.cloud.StackDescription;
import io.grantline.cloud.StackIds;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Capability;
import software.amazon.awssdk.services.cloudformation.model.Output;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.cloudformation.model.StackEvent;
import software.amazon.awssdk.services.cloudformation.model.StackStatus;
import software.amazon.awssdk.services.cloudformation.model.Tag;

/** CloudFormation in the environment account, through the pivot role; templates are sent in the request body. */
public class AwsStackDeployer implements StackDeployer {

    /** CloudFormation's limit for TemplateBody; larger templates would have to be uploaded to S3 first. */
    static final int MAX_TEMPLATE_BODY_BYTES = 51_200;

    private static final List<Capability> CAPABILITIES = List.of(Capability.CAPABILITY_IAM,
            Capability.CAPABILITY_NAMED_IAM, Capability.CAPABILITY_AUTO_EXPAND);
    private static final int EVENTS_SHOWN = 50;

    private final AwsClients clients;

    public AwsStackDeployer(AwsClients clients) {
        this.clients = clients;
    }

    @Override
    public StackDeployment deploy(String stackName, String accountId, String region, String templateJson,
                                  Map<String, String> tags) {
        if (templateJson.getBytes(StandardCharsets.UTF_8).length > MAX_TEMPLATE_BODY_BYTES) {
            throw new CloudRequestFailedException("The template of stack " + stackName + " exceeds CloudFormation's "
                    + MAX_TEMPLATE_BODY_BYTES + "-byte TemplateBody limit");
        }
        CloudFormationClient cloudFormation = clients.cloudFormation(accountId, region);
        List<Tag> stackTags = tags.entrySet().stream()
                .map(tag -> Tag.builder().key(tag.getKey()).value(tag.getValue()).build()).toList();
        Optional<Stack> existing = find(cloudFormation, stackName);
        try {
            if (existing.isEmpty() || existing.get().stackStatus() == StackStatus.DELETE_COMPLETE) {
                String stackId = cloudFormation.createStack(request -> request.stackName(stackName)
                        .templateBody(templateJson).capabilities(CAPABILITIES).tags(stackTags)).stackId();
                return new StackDeployment(stackId, Operation.CREATE, false);
            }
            if (existing.get().stackStatus() == StackStatus.ROLLBACK_COMPLETE) {
                // a stack whose creation rolled back cannot be updated: it must go before it is created again
                cloudFormation.deleteStack(request -> request.stackName(existing.get().stackId()));
                throw new StackBusyException("Stack " + stackName
                        + " rolled back its creation and is being deleted before it is created again");
            }
            String stackId = cloudFormation.updateStack(request -> request.stackName(stackName)
                    .templateBody(templateJson).capabilities(CAPABILITIES).tags(stackTags)).stackId();
            return new StackDeployment(stackId, Operation.UPDATE, false);
        } catch (AwsServiceException e) {
            if (isNoUpdate(e)) {
                return new StackDeployment(existing.get().stackId(), Operation.UPDATE, true);
            }
            throw AwsErrors.translate("cloudformation:DeployStack " + stackName, e);
        } catch (SdkException e) {
            throw AwsErrors.translate("cloudformation:DeployStack " + stackName, e);
        }
    }

    @Override
    public StackDescription describe(String stackId) {
        CloudFormationClient cloudFormation = client(stackId);
        try {
            Stack stack = cloudFormation.describeStacks(request -> request.stackName(stackId)).stacks().stream()
                    .findFirst()
                    .orElseThrow(() -> new CloudResourceNotFoundException("Stack with id " + stackId
                            + " does not exist"));
            List<StackDescription.Event> events = cloudFormation.describeStackEvents(request ->
                            request.stackName(stackId)).stackEvents().stream()
                    .limit(EVENTS_SHOWN)
                    .map(AwsStackDeployer::event)
                    .toList();
            return new StackDescription(stack.stackId(), stack.stackName(), stack.stackStatusAsString(),
                    stack.stackStatusReason(), outputs(stack), events);
        } catch (SdkException e) {
            throw AwsErrors.translate("cloudformation:DescribeStacks " + stackId, e);
        }
    }

    @Override
    public void delete(String stackId) {
        try {
            client(stackId).deleteStack(request -> request.stackName(stackId));
        } catch (SdkException e) {
            throw AwsErrors.translate("cloudformation:DeleteStack " + stackId, e);
        }
    }

    private Optional<Stack> find(CloudFormationClient cloudFormation, String stackName) {
        try {
            return cloudFormation.describeStacks(request -> request.stackName(stackName)).stacks().stream()
                    .findFirst();
        } catch (SdkException e) {
            var failure = AwsErrors.translate("cloudformation:DescribeStacks " + stackName, e);
            if (failure instanceof CloudResourceNotFoundException) {
                return Optional.empty();
            }
            throw failure;
        }
    }

    private CloudFormationClient client(String stackId) {
        return clients.cloudFormation(StackIds.accountId(stackId), StackIds.region(stackId));
    }

    private static boolean isNoUpdate(AwsServiceException e) {
        return e.awsErrorDetails() != null && e.awsErrorDetails().errorMessage() != null
                && e.awsErrorDetails().errorMessage().contains("No updates are to be performed");
    }

    private static Map<String, String> outputs(Stack stack) {
        Map<String, String> outputs = new LinkedHashMap<>();
        for (Output output : stack.outputs()) {
            outputs.put(output.outputKey(), output.outputValue());
        }
        return outputs;
    }

    private static StackDescription.Event event(StackEvent event) {
        return new StackDescription.Event(event.timestamp(), event.logicalResourceId(), event.resourceType(),
                event.resourceStatusAsString(), event.resourceStatusReason());
    }
}
