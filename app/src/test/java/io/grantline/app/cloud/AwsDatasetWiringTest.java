package io.grantline.app.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import io.grantline.cloud.DatasetBuckets;
import io.grantline.cloud.GlueCatalog;
import io.grantline.cloud.GlueCrawlers;
import io.grantline.cloud.GlueJobs;
import io.grantline.cloud.KmsAliases;
import io.grantline.cloud.TablePreviews;
import io.grantline.cloud.aws.AwsDatasetBuckets;
import io.grantline.cloud.aws.AwsDatasetSettings;
import io.grantline.cloud.aws.AwsGlueCatalog;
import io.grantline.cloud.aws.AwsGlueCrawlers;
import io.grantline.cloud.aws.AwsGlueJobs;
import io.grantline.cloud.aws.AwsKmsAliases;
import io.grantline.cloud.aws.AwsTablePreviews;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** With the aws provider the dataset ports are the AWS adapters, configured from the settings. */
class AwsDatasetWiringTest {

    // settings such as PT15M are converted as the application converts them
    final ApplicationContextRunner aws = new ApplicationContextRunner()
            .withInitializer(context -> context.getBeanFactory()
                    .setConversionService(ApplicationConversionService.getSharedInstance()))
            .withUserConfiguration(CloudWiring.AwsCloud.class)
            .withBean(Clock.class, Clock::systemUTC)
            .withPropertyValues("grantline.cloud.provider=aws", "grantline.cloud.pivot-role.name=dataallPivotRole-cdk",
                    "grantline.cloud.pivot-role.external-id=external-id", "grantline.cloud.aws.home-region=eu-west-1",
                    "grantline.cloud.aws.api-call-timeout=PT5S", "grantline.cloud.aws.max-attempts=1",
                    "grantline.cloud.aws.session-name=grantline", "grantline.cloud.aws.glue-endpoint=http://localhost:4566");

    @Test
    void awsProviderUsesTheAwsDatasetAdapters() {
        aws.run(context -> {
            assertThat(context).hasSingleBean(DatasetBuckets.class).getBean(DatasetBuckets.class)
                    .isInstanceOf(AwsDatasetBuckets.class);
            assertThat(context.getBean(KmsAliases.class)).isInstanceOf(AwsKmsAliases.class);
            assertThat(context.getBean(GlueCatalog.class)).isInstanceOf(AwsGlueCatalog.class);
            assertThat(context.getBean(GlueCrawlers.class)).isInstanceOf(AwsGlueCrawlers.class);
            assertThat(context.getBean(GlueJobs.class)).isInstanceOf(AwsGlueJobs.class);
            assertThat(context.getBean(TablePreviews.class)).isInstanceOf(AwsTablePreviews.class);
        });
    }

    @Test
    void previewsRunInThePrimaryWorkgroupUnlessOneIsSet() {
        aws.run(context -> {
            AwsDatasetSettings settings = context.getBean(AwsDatasetSettings.class);
            assertThat(settings.athenaWorkgroup()).isEqualTo("primary");
            assertThat(settings.glueEndpoint()).isEqualTo(URI.create("http://localhost:4566"));
            assertThat(settings.s3Endpoint()).isNull();
            assertThat(settings.uploadValidity()).isEqualTo(Duration.ofMinutes(15));
        });
        aws.withPropertyValues("grantline.cloud.aws.athena-workgroup=dataall-env1").run(context ->
                assertThat(context.getBean(AwsDatasetSettings.class).athenaWorkgroup()).isEqualTo("dataall-env1"));
    }
}
