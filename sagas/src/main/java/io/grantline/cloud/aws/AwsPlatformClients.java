package io.grantline.cloud.aws;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.IamClientBuilder;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.SsmClientBuilder;

/**
 * SDK clients beyond STS and CloudFormation: S3 and SSM in the platform's own account (its own credentials, the
 * home region), and IAM in environment accounts through the pivot role.
 */
public class AwsPlatformClients implements AutoCloseable {

    private final AwsClients clients;
    private final AwsPlatformSettings settings;
    private final S3Client s3;
    private final S3Presigner presigner;
    private final SsmClient ssm;
    private final Map<String, IamClient> iam = new ConcurrentHashMap<>();

    public AwsPlatformClients(AwsClients clients, AwsPlatformSettings settings,
                              AwsCredentialsProvider platformCredentials) {
        this.clients = clients;
        this.settings = settings;
        Region home = Region.of(clients.settings().homeRegion());
        S3ClientBuilder s3Builder = S3Client.builder().region(home).credentialsProvider(platformCredentials)
                .overrideConfiguration(overrides());
        S3Presigner.Builder presignerBuilder = S3Presigner.builder().region(home)
                .credentialsProvider(platformCredentials);
        if (settings.s3Endpoint() != null) {
            s3Builder.endpointOverride(settings.s3Endpoint()).forcePathStyle(true);
            presignerBuilder.endpointOverride(settings.s3Endpoint())
                    .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build());
        }
        this.s3 = s3Builder.build();
        this.presigner = presignerBuilder.build();
        SsmClientBuilder ssmBuilder = SsmClient.builder().region(home).credentialsProvider(platformCredentials)
                .overrideConfiguration(overrides());
        if (settings.ssmEndpoint() != null) {
            ssmBuilder.endpointOverride(settings.ssmEndpoint());
        }
        this.ssm = ssmBuilder.build();
    }

    public AwsPlatformSettings settings() {
        return settings;
    }

    public S3Client s3() {
        return s3;
    }

    public S3Presigner presigner() {
        return presigner;
    }

    public SsmClient ssm() {
        return ssm;
    }

    /** IAM of the environment account, acting as its pivot role. */
    public IamClient iam(String accountId) {
        return iam.computeIfAbsent(accountId, account -> {
            IamClientBuilder builder = IamClient.builder()
                    .region(Region.AWS_GLOBAL)
                    .credentialsProvider(clients.pivotCredentials(account))
                    .overrideConfiguration(overrides());
            if (settings.iamEndpoint() != null) {
                builder.endpointOverride(settings.iamEndpoint());
            }
            return builder.build();
        });
    }

    private ClientOverrideConfiguration overrides() {
        return ClientOverrideConfiguration.builder()
                .apiCallTimeout(clients.settings().apiCallTimeout())
                .retryStrategy(strategy -> strategy.maxAttempts(clients.settings().maxAttempts()))
                .build();
    }

    @Override
    public void close() {
        iam.values().forEach(IamClient::close);
        ssm.close();
        presigner.close();
        s3.close();
    }
}
