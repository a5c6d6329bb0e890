package io.grantline.cloud.aws;

import io.grantline.cloud.PivotRole;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.CloudFormationClientBuilder;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.StsClientBuilder;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;
import software.amazon.awssdk.services.sts.model.AssumeRoleRequest;

/**
 * SDK clients: the platform's own STS client, and per environment account and region clients whose credentials
 * come from the pivot role (assumed with the external id, refreshed before they expire).
 */
public class AwsClients implements AutoCloseable {

    private final AwsCloudSettings settings;
    private final PivotRole pivotRole;
    private final StsClient platformSts;
    private final Map<String, AwsCredentialsProvider> pivotCredentials = new ConcurrentHashMap<>();
    private final Map<String, CloudFormationClient> cloudFormation = new ConcurrentHashMap<>();

    public AwsClients(AwsCloudSettings settings, PivotRole pivotRole, AwsCredentialsProvider platformCredentials) {
        this.settings = settings;
        this.pivotRole = pivotRole;
        this.platformSts = sts(platformCredentials, settings.homeRegion());
    }

    public StsClient platformSts() {
        return platformSts;
    }

    public PivotRole pivotRole() {
        return pivotRole;
    }

    public AwsCloudSettings settings() {
        return settings;
    }

    /** An STS client acting as the given credentials, in the region. */
    public StsClient sts(AwsCredentialsProvider credentials, String region) {
        StsClientBuilder builder = StsClient.builder()
                .region(Region.of(region))
                .credentialsProvider(credentials)
                .overrideConfiguration(overrides());
        if (settings.stsEndpoint() != null) {
            builder.endpointOverride(settings.stsEndpoint());
        }
        return builder.build();
    }

    public CloudFormationClient cloudFormation(String accountId, String region) {
        return cloudFormation.computeIfAbsent(accountId + "/" + region, key -> {
            CloudFormationClientBuilder builder = CloudFormationClient.builder()
                    .region(Region.of(region))
                    .credentialsProvider(pivotCredentials(accountId))
                    .overrideConfiguration(overrides());
            if (settings.cloudFormationEndpoint() != null) {
                builder.endpointOverride(settings.cloudFormationEndpoint());
            }
            return builder.build();
        });
    }

    /** The pivot role's credentials in the account, assumed with the deployment's external id. */
    public AwsCredentialsProvider pivotCredentials(String accountId) {
        return pivotCredentials.computeIfAbsent(accountId, account -> StsAssumeRoleCredentialsProvider.builder()
                .stsClient(platformSts)
                .refreshRequest(pivotRoleRequest(account))
                .asyncCredentialUpdateEnabled(false)
                .build());
    }

    public AssumeRoleRequest pivotRoleRequest(String accountId) {
        return AssumeRoleRequest.builder()
                .roleArn(pivotRole.arnIn(accountId))
                .roleSessionName(settings.sessionName())
                .externalId(pivotRole.externalId())
                .build();
    }

    private ClientOverrideConfiguration overrides() {
        return ClientOverrideConfiguration.builder()
                .apiCallTimeout(settings.apiCallTimeout())
                .retryStrategy(strategy -> strategy.maxAttempts(settings.maxAttempts()))
                .build();
    }

    @Override
    public void close() {
        cloudFormation.values().forEach(CloudFormationClient::close);
        platformSts.close();
    }
}
