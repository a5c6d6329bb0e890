package io.grantline.app.cloud;

import io.grantline.cloud.AccountAccess;
import io.grantline.cloud.PivotRole;
import io.grantline.cloud.PlatformParameters;
import io.grantline.cloud.PrincipalPolicies;
import io.grantline.cloud.TemplateLinks;
import io.grantline.cloud.aws.AwsClients;
import io.grantline.cloud.aws.AwsManagedPolicies;
import io.grantline.cloud.aws.AwsPlatformClients;
import io.grantline.cloud.aws.AwsPlatformParameters;
import io.grantline.cloud.aws.AwsPlatformSettings;
import io.grantline.cloud.aws.AwsPrincipalPolicies;
import io.grantline.cloud.aws.AwsTemplateLinks;
import io.grantline.cloud.local.LocalAccountAccess;
import io.grantline.cloud.local.LocalIam;
import io.grantline.cloud.local.LocalObjectStore;
import io.grantline.cloud.local.LocalParameters;
import io.grantline.saga.platform.PlatformParameterCommandHandler;
import io.grantline.saga.platform.PlatformTemplatesQueryHandler;
import io.grantline.saga.platform.PrincipalPoliciesQueryHandler;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;

/**
 * What the platform's cloud answers outside the sagas: template links for linking accounts, the share policies of
 * IAM principals, platform parameters; from the local cloud ({@code grantline.cloud.provider=local}) or AWS.
 */
@Configuration(proxyBeanMethods = false)
public class PlatformWiring {

    static final String PROVIDER = "grantline.cloud.provider";
    static final String LINK_VALIDITY = "${grantline.cloud.templates-link-validity:PT15M}";

    @Bean
    PlatformTemplatesQueryHandler platformTemplatesQueryHandler(TemplateLinks templateLinks,
                                                                AccountAccess accountAccess, PivotRole pivotRole) {
        return new PlatformTemplatesQueryHandler(templateLinks, accountAccess, pivotRole);
    }

    @Bean
    PrincipalPoliciesQueryHandler principalPoliciesQueryHandler(PrincipalPolicies principalPolicies,
                                                                EventStore eventStore) {
        return new PrincipalPoliciesQueryHandler(principalPolicies, eventStore);
    }

    @Bean
    PlatformParameterCommandHandler platformParameterCommandHandler(PlatformParameters parameters) {
        return new PlatformParameterCommandHandler(parameters);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = PROVIDER, havingValue = "local", matchIfMissing = true)
    static class LocalPlatform {

        /**
         * Objects under the data folder, served by this application ({@link LocalCloudObjectsController}) at its
         * own address unless {@code grantline.cloud.local.objects-url} names another (a proxy in front of it).
         */
        @Bean
        LocalObjectStore templateLinks(@Value("${grantline.data-dir}") Path dataDir, JdbcTemplate jdbc,
                                       Environment environment,
                                       @Value("${grantline.cloud.local.objects-url:}") String objectsUrl,
                                       @Value(LINK_VALIDITY) Duration linkValidity, Clock cloudClock) {
            return new LocalObjectStore(dataDir.resolve("local-cloud").resolve("objects"), jdbc,
                    () -> objectsUrl.isBlank() ? ownAddress(environment) : URI.create(objectsUrl), linkValidity,
                    cloudClock);
        }

        @Bean
        LocalIam principalPolicies(JdbcTemplate jdbc, LocalAccountAccess accountAccess, Clock cloudClock) {
            return new LocalIam(jdbc, accountAccess, cloudClock);
        }

        @Bean
        LocalParameters platformParameters(JdbcTemplate jdbc, Clock cloudClock) {
            return new LocalParameters(jdbc, cloudClock);
        }

        // the port the server listens on is known only once it listens (a test server takes any free port)
        private static URI ownAddress(Environment environment) {
            String port = environment.getProperty("local.server.port", environment.getProperty("server.port",
                    "8080"));
            return URI.create("http://localhost:" + port);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = PROVIDER, havingValue = "aws")
    static class AwsPlatform {

        @Bean
        AwsPlatformSettings awsPlatformSettings(@Value("${grantline.cloud.aws.s3-endpoint:${GRANTLINE_AWS_S3_ENDPOINT:}}") String s3Endpoint,
                                                @Value("${grantline.cloud.aws.iam-endpoint:${GRANTLINE_AWS_IAM_ENDPOINT:}}") String iamEndpoint,
                                                @Value("${grantline.cloud.aws.ssm-endpoint:${GRANTLINE_AWS_SSM_ENDPOINT:}}") String ssmEndpoint,
                                                @Value("${grantline.cloud.templates-bucket:${GRANTLINE_TEMPLATES_BUCKET:}}") String bucket,
                                                @Value(LINK_VALIDITY) Duration linkValidity) {
            return new AwsPlatformSettings(uri(s3Endpoint), uri(iamEndpoint), uri(ssmEndpoint), bucket,
                    linkValidity);
        }

        @Bean(destroyMethod = "close")
        AwsPlatformClients awsPlatformClients(AwsClients clients, AwsPlatformSettings settings) {
            return new AwsPlatformClients(clients, settings, DefaultCredentialsProvider.builder().build());
        }

        @Bean
        AwsTemplateLinks templateLinks(AwsPlatformClients clients) {
            return new AwsTemplateLinks(clients);
        }

        @Bean
        AwsPrincipalPolicies principalPolicies(AwsPlatformClients clients) {
            return new AwsPrincipalPolicies(clients);
        }

        /** The managed share policies of principals, through IAM as the principal policies are. */
        @Bean
        AwsManagedPolicies managedPolicies(AwsPlatformClients clients) {
            return new AwsManagedPolicies(clients);
        }

        @Bean
        AwsPlatformParameters platformParameters(AwsPlatformClients clients) {
            return new AwsPlatformParameters(clients);
        }

        private static URI uri(String value) {
            return value == null || value.isBlank() ? null : URI.create(value);
        }
    }
}
