package io.grantline.cloud.aws;

import java.net.URI;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpConfigurationOption;
import software.amazon.awssdk.http.SdkHttpService;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lakeformation.LakeFormationClient;
import software.amazon.awssdk.services.s3control.S3ControlClient;
import software.amazon.awssdk.services.s3control.endpoints.S3ControlEndpointProvider;
import software.amazon.awssdk.utils.AttributeMap;

/**
 * Lake Formation and S3 Control clients per environment account and region, and the HTTP client RAM is called
 * with, all acting as the account's pivot role.
 */
public class AwsShareClients implements AutoCloseable {

    private final AwsClients clients;
    private final AwsShareSettings settings;
    private final Map<String, LakeFormationClient> lakeFormation = new ConcurrentHashMap<>();
    private final Map<String, S3ControlClient> s3Control = new ConcurrentHashMap<>();
    private final SdkHttpClient http;

    public AwsShareClients(AwsClients clients, AwsShareSettings settings) {
        this.clients = clients;
        this.settings = settings;
        this.http = httpClient(clients.settings());
    }

    public AwsShareSettings settings() {
        return settings;
    }

    public AwsCloudSettings cloudSettings() {
        return clients.settings();
    }

    public AwsCredentialsProvider pivotCredentials(String accountId) {
        return clients.pivotCredentials(accountId);
    }

    /** The HTTP client for the calls the SDK has no client for (RAM). */
    public SdkHttpClient http() {
        return http;
    }

    public LakeFormationClient lakeFormation(String accountId, String region) {
        return lakeFormation.computeIfAbsent(accountId + "/" + region, key -> {
            var builder = configure(LakeFormationClient.builder(), accountId, region, overrides().build());
            if (settings.lakeFormationEndpoint() != null) {
                builder.endpointOverride(settings.lakeFormationEndpoint());
            }
            return builder.build();
        });
    }

    public S3ControlClient s3Control(String accountId, String region) {
        return s3Control.computeIfAbsent(accountId + "/" + region, key -> {
            var builder = configure(S3ControlClient.builder(), accountId, region, overrides().build());
            URI endpoint = settings.s3ControlEndpoint();
            if (endpoint != null) {
                // S3 Control's rules address <account>.<endpoint>; another endpoint is taken as it is
                S3ControlEndpointProvider rules = S3ControlEndpointProvider.defaultProvider();
                builder.endpointOverride(endpoint).endpointProvider(params -> rules.resolveEndpoint(params)
                        .thenApply(resolved -> resolved.toBuilder().url(endpoint).build()));
            }
            return builder.build();
        });
    }

    private <B extends AwsClientBuilder<B, ?>> B configure(B builder, String accountId, String region,
                                                           ClientOverrideConfiguration overrides) {
        return builder.region(Region.of(region))
                .credentialsProvider(clients.pivotCredentials(accountId))
                .overrideConfiguration(overrides);
    }

    private ClientOverrideConfiguration.Builder overrides() {
        return ClientOverrideConfiguration.builder()
                .apiCallTimeout(clients.settings().apiCallTimeout())
                .retryStrategy(strategy -> strategy.maxAttempts(clients.settings().maxAttempts()));
    }

    /** The SDK's own HTTP client (the one on the classpath), with the call timeout as its read timeout. */
    private static SdkHttpClient httpClient(AwsCloudSettings settings) {
        SdkHttpService service = ServiceLoader.load(SdkHttpService.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("No HTTP client of the AWS SDK is on the classpath"));
        AttributeMap.Builder options = AttributeMap.builder();
        if (settings.apiCallTimeout() != null) {
            options.put(SdkHttpConfigurationOption.READ_TIMEOUT, settings.apiCallTimeout());
            options.put(SdkHttpConfigurationOption.CONNECTION_TIMEOUT, settings.apiCallTimeout());
        }
        return service.createHttpClientBuilder().buildWithDefaults(options.build());
    }

    @Override
    public void close() {
        lakeFormation.values().forEach(LakeFormationClient::close);
        s3Control.values().forEach(S3ControlClient::close);
        http.close();
    }
}
