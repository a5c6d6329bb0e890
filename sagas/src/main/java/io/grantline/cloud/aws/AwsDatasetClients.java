package io.grantline.cloud.aws;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.s3.S3Client;

/** S3, KMS, Glue and Athena clients per environment account and region, acting as the account's pivot role. */
public class AwsDatasetClients implements AutoCloseable {

    private final AwsClients clients;
    private final AwsDatasetSettings settings;
    private final Map<String, S3Client> s3 = new ConcurrentHashMap<>();
    private final Map<String, KmsClient> kms = new ConcurrentHashMap<>();
    private final Map<String, GlueClient> glue = new ConcurrentHashMap<>();
    private final Map<String, AthenaClient> athena = new ConcurrentHashMap<>();

    public AwsDatasetClients(AwsClients clients, AwsDatasetSettings settings) {
        this.clients = clients;
        this.settings = settings;
    }

    public AwsDatasetSettings settings() {
        return settings;
    }

    /** The pivot role's credentials in the account, for what the SDK does not sign itself (presigned POST). */
    public AwsCredentialsProvider pivotCredentials(String accountId) {
        return clients.pivotCredentials(accountId);
    }

    public S3Client s3(String accountId, String region) {
        return s3.computeIfAbsent(accountId + "/" + region, key -> {
            var builder = configure(S3Client.builder(), accountId, region, settings.s3Endpoint());
            if (settings.s3Endpoint() != null) {
                builder.forcePathStyle(true);
            }
            return builder.build();
        });
    }

    public KmsClient kms(String accountId, String region) {
        return kms.computeIfAbsent(accountId + "/" + region, key ->
                configure(KmsClient.builder(), accountId, region, settings.kmsEndpoint()).build());
    }

    public GlueClient glue(String accountId, String region) {
        return glue.computeIfAbsent(accountId + "/" + region, key ->
                configure(GlueClient.builder(), accountId, region, settings.glueEndpoint()).build());
    }

    public AthenaClient athena(String accountId, String region) {
        return athena.computeIfAbsent(accountId + "/" + region, key ->
                configure(AthenaClient.builder(), accountId, region, settings.athenaEndpoint()).build());
    }

    private <B extends AwsClientBuilder<B, ?>> B configure(B builder, String accountId, String region,
                                                           URI endpoint) {
        builder.region(Region.of(region))
                .credentialsProvider(clients.pivotCredentials(accountId))
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .apiCallTimeout(clients.settings().apiCallTimeout())
                        .retryStrategy(strategy -> strategy.maxAttempts(clients.settings().maxAttempts()))
                        .build());
        if (endpoint != null) {
            builder.endpointOverride(endpoint);
        }
        return builder;
    }

    @Override
    public void close() {
        s3.values().forEach(S3Client::close);
        kms.values().forEach(KmsClient::close);
        glue.values().forEach(GlueClient::close);
        athena.values().forEach(AthenaClient::close);
    }
}
