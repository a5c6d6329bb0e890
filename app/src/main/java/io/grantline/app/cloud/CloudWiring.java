package io.grantline.app.cloud;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerCustomizer;
import com.github.kagkarlsson.scheduler.serializer.JacksonSerializer;
import com.github.kagkarlsson.scheduler.task.Task;
import io.grantline.cdk.StackSynthesizer;
import io.grantline.cloud.AccountAccess;
import io.grantline.cloud.PivotRole;
import io.grantline.cloud.StackDeployer;
import io.grantline.cloud.aws.AwsAccessPoints;
import io.grantline.cloud.aws.AwsAccountAccess;
import io.grantline.cloud.aws.AwsBucketPolicies;
import io.grantline.cloud.aws.AwsClients;
import io.grantline.cloud.aws.AwsCloudSettings;
import io.grantline.cloud.aws.AwsDatasetBuckets;
import io.grantline.cloud.aws.AwsDatasetClients;
import io.grantline.cloud.aws.AwsDatasetSettings;
import io.grantline.cloud.aws.AwsGlueCatalog;
import io.grantline.cloud.aws.AwsGlueCrawlers;
import io.grantline.cloud.aws.AwsGlueJobs;
import io.grantline.cloud.aws.AwsGlueSharedDatabases;
import io.grantline.cloud.aws.AwsKeyPolicies;
import io.grantline.cloud.aws.AwsKmsAliases;
import io.grantline.cloud.aws.AwsLakeFormation;
import io.grantline.cloud.aws.AwsResourceShareInvitations;
import io.grantline.cloud.aws.AwsShareClients;
import io.grantline.cloud.aws.AwsShareSettings;
import io.grantline.cloud.aws.AwsStackDeployer;
import io.grantline.cloud.aws.AwsTablePreviews;
import io.grantline.cloud.local.LocalAccessCheck;
import io.grantline.cloud.local.LocalAccessPoints;
import io.grantline.cloud.local.LocalAccountAccess;
import io.grantline.cloud.local.LocalAccounts;
import io.grantline.cloud.local.LocalBucketFolders;
import io.grantline.cloud.local.LocalBucketPolicies;
import io.grantline.cloud.local.LocalCloudFaults;
import io.grantline.cloud.local.LocalCloudSettings;
import io.grantline.cloud.local.LocalDatasetBuckets;
import io.grantline.cloud.local.LocalExternalId;
import io.grantline.cloud.local.LocalGlueCatalog;
import io.grantline.cloud.local.LocalGlueCrawlers;
import io.grantline.cloud.local.LocalGlueJobs;
import io.grantline.cloud.local.LocalGlueSharedDatabases;
import io.grantline.cloud.local.LocalIam;
import io.grantline.cloud.local.LocalKeyPolicies;
import io.grantline.cloud.local.LocalKmsAliases;
import io.grantline.cloud.local.LocalLakeFormation;
import io.grantline.cloud.local.LocalManagedPolicies;
import io.grantline.cloud.local.LocalResourceShareInvitations;
import io.grantline.cloud.local.LocalStackDeployer;
import io.grantline.cloud.local.LocalTablePreviews;
import io.grantline.saga.environment.CloudAccessQueryHandler;
import io.grantline.saga.environment.DeploymentPolicy;
import io.grantline.saga.environment.EnvironmentHistory;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManagerSpanFactory;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerHumanReadableDeadlineDetails;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;

/**
 * The cloud behind the sagas: the local cloud (default, {@code grantline.cloud.provider=local}) or AWS
 * ({@code aws}); plus the saga's synthesizer, policy, deadlines and the cloud-answered queries.
 */
@Configuration(proxyBeanMethods = false)
public class CloudWiring {

    static final String PROVIDER = "grantline.cloud.provider";

    @Bean
    Clock cloudClock() {
        return Clock.systemUTC();
    }

    @Bean
    StackSynthesizer stackSynthesizer() {
        return new StackSynthesizer();
    }

    @Bean
    EnvironmentHistory environmentHistory(EventStore eventStore) {
        return new EnvironmentHistory(eventStore);
    }

    @Bean
    DeploymentPolicy deploymentPolicy(@Value("${grantline.cloud.stack.poll-interval}") Duration pollInterval,
                                      @Value("${grantline.cloud.stack.max-polls}") int maxPolls,
                                      @Value("${grantline.cloud.stack.max-attempts}") int maxAttempts,
                                      @Value("${grantline.cloud.stack.initial-backoff}") Duration initialBackoff,
                                      @Value("${grantline.cloud.stack.max-backoff}") Duration maxBackoff) {
        return new DeploymentPolicy(pollInterval, maxPolls, maxAttempts, initialBackoff, maxBackoff);
    }

    @Bean
    CloudAccessQueryHandler cloudAccessQueryHandler(AccountAccess accountAccess, PivotRole pivotRole,
                                                    EnvironmentHistory history) {
        return new CloudAccessQueryHandler(accountAccess, pivotRole, history);
    }

    /**
     * The sagas' waits, kept in PostgreSQL ({@code scheduled_tasks}) so that a deployment in flight survives a
     * restart, written in the transaction of the handler that schedules them. The starter of db-scheduler starts
     * the scheduler once the context (Axon included) is up and stops it when the context closes, as Axon's own
     * auto-configuration has it. A deadline runs with the correlation data providers, so the commands a saga sends
     * from it carry the actor and correlation id of the request that started the saga, as from its event handlers.
     */
    @Bean
    DbSchedulerDeadlineManager deadlineManager(Scheduler scheduler, org.axonframework.config.Configuration axon,
                                               @Qualifier("eventSerializer") Serializer serializer,
                                               TransactionManager transactions, DeadlineManagerSpanFactory spans,
                                               List<CorrelationDataProvider> correlationDataProviders) {
        DbSchedulerDeadlineManager deadlineManager = DbSchedulerDeadlineManager.builder()
                .scheduler(scheduler)
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(axon))
                .serializer(serializer)
                .transactionManager(transactions)
                .spanFactory(spans)
                .useBinaryPojo(false)
                .startScheduler(false)
                .stopScheduler(false)
                .build();
        deadlineManager.registerHandlerInterceptor(new CorrelationDataInterceptor<>(correlationDataProviders));
        return deadlineManager;
    }

    /** Runs due deadlines; replaces Axon's default task, which expects the binary form of the deadline. */
    @Bean
    @Qualifier("deadlineDetailsTask")
    Task<DbSchedulerHumanReadableDeadlineDetails> deadlineDetailsTask(
            ObjectProvider<DbSchedulerDeadlineManager> deadlineManager) {
        return DbSchedulerDeadlineManager.humanReadableTask(deadlineManager::getObject);
    }

    /** Scheduled tasks' data as JSON, as every other message Grantline stores, instead of Java serialization. */
    @Bean
    DbSchedulerCustomizer jsonTaskData() {
        return new DbSchedulerCustomizer() {
            @Override
            public Optional<com.github.kagkarlsson.scheduler.serializer.Serializer> serializer() {
                return Optional.of(new JacksonSerializer());
            }
        };
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = PROVIDER, havingValue = "local", matchIfMissing = true)
    static class LocalCloud {

        @Bean
        @DependsOn("flywayInitializer")
        PivotRole pivotRole(JdbcTemplate jdbc, @Value("${grantline.cloud.pivot-role.name}") String name,
                            @Value("${grantline.cloud.pivot-role.external-id:}") String externalId) {
            return new PivotRole(name, externalId.isBlank() ? LocalExternalId.getOrGenerate(jdbc) : externalId);
        }

        @Bean
        LocalCloudSettings localCloudSettings(@Value("${grantline.cloud.local.deploy-time}") Duration deployTime,
                                              @Value("${grantline.cloud.local.trust-account}") String trustAccount) {
            return new LocalCloudSettings(deployTime, trustAccount);
        }

        @Bean
        LocalCloudFaults localCloudFaults(JdbcTemplate jdbc) {
            return new LocalCloudFaults(jdbc);
        }

        @Bean
        LocalAccounts localAccounts(JdbcTemplate jdbc, Clock cloudClock) {
            return new LocalAccounts(jdbc, cloudClock);
        }

        @Bean
        LocalAccountAccess accountAccess(LocalAccounts accounts, LocalCloudFaults faults, PivotRole pivotRole,
                                         LocalCloudSettings settings, Clock cloudClock) {
            return new LocalAccountAccess(accounts, faults, pivotRole, settings, cloudClock);
        }

        /** Each bucket of the local cloud is a folder under {@code <data-dir>/local-cloud/buckets}. */
        @Bean
        LocalBucketFolders localBucketFolders(@Value("${grantline.data-dir}") Path dataDir) {
            return new LocalBucketFolders(dataDir.resolve("local-cloud").resolve("buckets"));
        }

        @Bean
        LocalStackDeployer stackDeployer(JdbcTemplate jdbc, AccountAccess accountAccess, LocalCloudFaults faults,
                                         LocalCloudSettings settings, LocalBucketFolders buckets,
                                         Clock cloudClock) {
            return new LocalStackDeployer(jdbc, accountAccess, faults, settings, buckets, cloudClock);
        }

        /** Upload links point at this application, unless {@code grantline.cloud.local.objects-url} names a proxy. */
        @Bean
        LocalDatasetBuckets datasetBuckets(LocalBucketFolders buckets, AccountAccess accountAccess,
                                           LocalCloudFaults faults, JdbcTemplate jdbc, Environment environment,
                                           @Value("${grantline.cloud.local.objects-url:}") String objectsUrl,
                                           Clock cloudClock) {
            return new LocalDatasetBuckets(buckets, accountAccess, faults, jdbc,
                    () -> objectsUrl.isBlank() ? ownAddress(environment) : URI.create(objectsUrl), cloudClock);
        }

        @Bean
        LocalKmsAliases kmsAliases(JdbcTemplate jdbc, AccountAccess accountAccess, LocalCloudFaults faults,
                                   Clock cloudClock) {
            return new LocalKmsAliases(jdbc, accountAccess, faults, cloudClock);
        }

        @Bean
        LocalGlueCatalog glueCatalog(JdbcTemplate jdbc, AccountAccess accountAccess, LocalCloudFaults faults,
                                     Clock cloudClock) {
            return new LocalGlueCatalog(jdbc, accountAccess, faults, cloudClock);
        }

        @Bean
        LocalGlueCrawlers glueCrawlers(JdbcTemplate jdbc, AccountAccess accountAccess, LocalCloudFaults faults,
                                       LocalGlueCatalog catalog, LocalBucketFolders buckets,
                                       LocalCloudSettings settings, Clock cloudClock) {
            return new LocalGlueCrawlers(jdbc, accountAccess, faults, catalog, buckets, settings, cloudClock);
        }

        @Bean
        LocalGlueJobs glueJobs(JdbcTemplate jdbc, AccountAccess accountAccess, LocalCloudFaults faults,
                               LocalGlueCatalog catalog, LocalBucketFolders buckets, LocalCloudSettings settings,
                               Clock cloudClock) {
            return new LocalGlueJobs(jdbc, accountAccess, faults, catalog, buckets, settings, cloudClock);
        }

        @Bean
        LocalTablePreviews tablePreviews(AccountAccess accountAccess, LocalCloudFaults faults,
                                         LocalGlueCatalog catalog, LocalBucketFolders buckets) {
            return new LocalTablePreviews(accountAccess, faults, catalog, buckets);
        }

        @Bean
        LocalResourceShareInvitations resourceShareInvitations(JdbcTemplate jdbc, AccountAccess accountAccess,
                                                               LocalCloudFaults faults, Clock cloudClock) {
            return new LocalResourceShareInvitations(jdbc, accountAccess, faults, cloudClock);
        }

        @Bean
        LocalLakeFormation lakeFormation(JdbcTemplate jdbc, AccountAccess accountAccess, LocalCloudFaults faults,
                                         LocalResourceShareInvitations invitations, Clock cloudClock) {
            return new LocalLakeFormation(jdbc, accountAccess, faults, invitations, cloudClock);
        }

        @Bean
        LocalGlueSharedDatabases glueSharedDatabases(JdbcTemplate jdbc, AccountAccess accountAccess,
                                                     LocalCloudFaults faults, LocalLakeFormation lakeFormation,
                                                     LocalResourceShareInvitations invitations, Clock cloudClock) {
            return new LocalGlueSharedDatabases(jdbc, accountAccess, faults, lakeFormation, invitations, cloudClock);
        }

        @Bean
        LocalAccessPoints accessPoints(JdbcTemplate jdbc, AccountAccess accountAccess, LocalCloudFaults faults,
                                       LocalBucketFolders buckets, Clock cloudClock) {
            return new LocalAccessPoints(jdbc, accountAccess, faults, buckets, cloudClock);
        }

        @Bean
        LocalBucketPolicies bucketPolicies(JdbcTemplate jdbc, AccountAccess accountAccess, LocalCloudFaults faults,
                                           LocalBucketFolders buckets, Clock cloudClock) {
            return new LocalBucketPolicies(jdbc, accountAccess, faults, buckets, cloudClock);
        }

        @Bean
        LocalKeyPolicies keyPolicies(JdbcTemplate jdbc, AccountAccess accountAccess, LocalCloudFaults faults,
                                     Clock cloudClock) {
            return new LocalKeyPolicies(jdbc, accountAccess, faults, cloudClock);
        }

        /** Share policies live where {@link LocalIam} (the platform's principal policies) keeps policies. */
        @Bean
        LocalManagedPolicies managedPolicies(JdbcTemplate jdbc, LocalAccountAccess accountAccess,
                                             LocalCloudFaults faults, LocalIam iam, Clock cloudClock) {
            return new LocalManagedPolicies(jdbc, accountAccess, faults, iam, cloudClock);
        }

        @Bean
        LocalAccessCheck localAccessCheck(LocalLakeFormation lakeFormation, LocalGlueSharedDatabases sharedDatabases,
                                          LocalBucketPolicies bucketPolicies, LocalAccessPoints accessPoints,
                                          LocalManagedPolicies managedPolicies) {
            return new LocalAccessCheck(lakeFormation, sharedDatabases, bucketPolicies, accessPoints,
                    managedPolicies);
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
    static class AwsCloud {

        @Bean
        PivotRole pivotRole(@Value("${grantline.cloud.pivot-role.name}") String name,
                            @Value("${grantline.cloud.pivot-role.external-id:}") String externalId) {
            if (externalId.isBlank()) {
                throw new IllegalStateException("grantline.cloud.pivot-role.external-id must be set with the aws "
                        + "provider: it is the external id every environment's pivot role trusts");
            }
            return new PivotRole(name, externalId);
        }

        @Bean
        AwsCloudSettings awsCloudSettings(@Value("${grantline.cloud.aws.home-region}") String homeRegion,
                                          @Value("${grantline.cloud.aws.sts-endpoint:}") String stsEndpoint,
                                          @Value("${grantline.cloud.aws.cloudformation-endpoint:}") String cfnEndpoint,
                                          @Value("${grantline.cloud.aws.federation-endpoint:}") String federation,
                                          @Value("${grantline.cloud.aws.api-call-timeout}") Duration timeout,
                                          @Value("${grantline.cloud.aws.max-attempts}") int maxAttempts,
                                          @Value("${grantline.cloud.aws.session-name}") String sessionName) {
            return new AwsCloudSettings(homeRegion, uri(stsEndpoint), uri(cfnEndpoint), uri(federation), timeout,
                    maxAttempts, sessionName);
        }

        @Bean(destroyMethod = "close")
        AwsClients awsClients(AwsCloudSettings settings, PivotRole pivotRole) {
            return new AwsClients(settings, pivotRole, DefaultCredentialsProvider.builder().build());
        }

        @Bean
        AwsAccountAccess accountAccess(AwsClients clients) {
            return new AwsAccountAccess(clients);
        }

        @Bean
        AwsStackDeployer stackDeployer(AwsClients clients) {
            return new AwsStackDeployer(clients);
        }

        /**
         * Previews run in one workgroup in every account ({@code primary} unless set): the preview port is not told
         * the environment's own workgroup. It needs a query result location configured in the workgroup.
         */
        @Bean
        AwsDatasetSettings awsDatasetSettings(
                @Value("${grantline.cloud.aws.s3-endpoint:${GRANTLINE_AWS_S3_ENDPOINT:}}") String s3Endpoint,
                @Value("${grantline.cloud.aws.kms-endpoint:${GRANTLINE_AWS_KMS_ENDPOINT:}}") String kmsEndpoint,
                @Value("${grantline.cloud.aws.glue-endpoint:${GRANTLINE_AWS_GLUE_ENDPOINT:}}") String glueEndpoint,
                @Value("${grantline.cloud.aws.athena-endpoint:${GRANTLINE_AWS_ATHENA_ENDPOINT:}}") String athenaEndpoint,
                @Value("${grantline.cloud.aws.athena-workgroup:primary}") String athenaWorkgroup,
                @Value("${grantline.cloud.aws.preview-poll-interval:PT1S}") Duration previewPollInterval,
                @Value("${grantline.cloud.aws.preview-max-polls:60}") int previewMaxPolls,
                @Value("${grantline.cloud.aws.upload-link-validity:PT15M}") Duration uploadValidity) {
            return new AwsDatasetSettings(uri(s3Endpoint), uri(kmsEndpoint), uri(glueEndpoint), uri(athenaEndpoint),
                    athenaWorkgroup, previewPollInterval, previewMaxPolls, uploadValidity);
        }

        @Bean(destroyMethod = "close")
        AwsDatasetClients awsDatasetClients(AwsClients clients, AwsDatasetSettings settings) {
            return new AwsDatasetClients(clients, settings);
        }

        @Bean
        AwsDatasetBuckets datasetBuckets(AwsDatasetClients clients, Clock cloudClock) {
            return new AwsDatasetBuckets(clients, cloudClock);
        }

        @Bean
        AwsKmsAliases kmsAliases(AwsDatasetClients clients) {
            return new AwsKmsAliases(clients);
        }

        @Bean
        AwsGlueCatalog glueCatalog(AwsDatasetClients clients) {
            return new AwsGlueCatalog(clients);
        }

        @Bean
        AwsGlueCrawlers glueCrawlers(AwsDatasetClients clients) {
            return new AwsGlueCrawlers(clients);
        }

        @Bean
        AwsGlueJobs glueJobs(AwsDatasetClients clients) {
            return new AwsGlueJobs(clients);
        }

        @Bean
        AwsTablePreviews tablePreviews(AwsDatasetClients clients) {
            return new AwsTablePreviews(clients);
        }

        @Bean
        AwsShareSettings awsShareSettings(
                @Value("${grantline.cloud.aws.lakeformation-endpoint:${GRANTLINE_AWS_LAKEFORMATION_ENDPOINT:}}")
                String lakeFormationEndpoint,
                @Value("${grantline.cloud.aws.s3control-endpoint:${GRANTLINE_AWS_S3CONTROL_ENDPOINT:}}")
                String s3ControlEndpoint,
                @Value("${grantline.cloud.aws.ram-endpoint:${GRANTLINE_AWS_RAM_ENDPOINT:}}") String ramEndpoint) {
            return new AwsShareSettings(uri(lakeFormationEndpoint), uri(s3ControlEndpoint), uri(ramEndpoint));
        }

        @Bean(destroyMethod = "close")
        AwsShareClients awsShareClients(AwsClients clients, AwsShareSettings settings) {
            return new AwsShareClients(clients, settings);
        }

        @Bean
        AwsLakeFormation lakeFormation(AwsShareClients clients) {
            return new AwsLakeFormation(clients);
        }

        @Bean
        AwsGlueSharedDatabases glueSharedDatabases(AwsDatasetClients clients) {
            return new AwsGlueSharedDatabases(clients);
        }

        @Bean
        AwsResourceShareInvitations resourceShareInvitations(AwsShareClients clients) {
            return new AwsResourceShareInvitations(clients);
        }

        @Bean
        AwsAccessPoints accessPoints(AwsShareClients clients) {
            return new AwsAccessPoints(clients);
        }

        @Bean
        AwsBucketPolicies bucketPolicies(AwsDatasetClients clients) {
            return new AwsBucketPolicies(clients);
        }

        @Bean
        AwsKeyPolicies keyPolicies(AwsDatasetClients clients) {
            return new AwsKeyPolicies(clients);
        }

        private static URI uri(String value) {
            return value == null || value.isBlank() ? null : URI.create(value);
        }
    }
}
