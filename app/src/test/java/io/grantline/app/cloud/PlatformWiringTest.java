package io.grantline.app.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import io.grantline.cloud.PivotRole;
import io.grantline.cloud.PlatformParameters;
import io.grantline.cloud.PrincipalPolicies;
import io.grantline.cloud.TemplateLinks;
import io.grantline.cloud.aws.AwsClients;
import io.grantline.cloud.aws.AwsCloudSettings;
import io.grantline.cloud.aws.AwsPlatformParameters;
import io.grantline.cloud.aws.AwsPlatformSettings;
import io.grantline.cloud.aws.AwsPrincipalPolicies;
import io.grantline.cloud.aws.AwsTemplateLinks;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** With the aws provider the platform's ports are the AWS adapters, configured from the settings. */
class PlatformWiringTest {

    // settings such as PT15M are converted as the application converts them
    final ApplicationContextRunner aws = new ApplicationContextRunner()
            .withInitializer(context -> context.getBeanFactory()
                    .setConversionService(ApplicationConversionService.getSharedInstance()))
            .withUserConfiguration(PlatformWiring.AwsPlatform.class)
            .withBean(AwsClients.class, () -> new AwsClients(
                    new AwsCloudSettings("eu-west-1", null, null, null, Duration.ofSeconds(5), 1, "grantline"),
                    new PivotRole("dataallPivotRole-cdk", "external-id"),
                    StaticCredentialsProvider.create(AwsBasicCredentials.create("AKID", "secret"))))
            .withPropertyValues("grantline.cloud.provider=aws", "grantline.cloud.templates-bucket=grantline-templates",
                    "grantline.cloud.aws.iam-endpoint=http://localhost:4566");

    @Test
    void awsProviderUsesTheAwsAdapters() {
        aws.run(context -> {
            assertThat(context).hasSingleBean(TemplateLinks.class).getBean(TemplateLinks.class)
                    .isInstanceOf(AwsTemplateLinks.class);
            assertThat(context.getBean(PrincipalPolicies.class)).isInstanceOf(AwsPrincipalPolicies.class);
            assertThat(context.getBean(PlatformParameters.class)).isInstanceOf(AwsPlatformParameters.class);
        });
    }

    @Test
    void settingsComeFromTheConfiguration() {
        aws.run(context -> {
            AwsPlatformSettings settings = context.getBean(AwsPlatformSettings.class);
            assertThat(settings.templatesBucket()).isEqualTo("grantline-templates");
            assertThat(settings.iamEndpoint()).isEqualTo(URI.create("http://localhost:4566"));
            assertThat(settings.s3Endpoint()).isNull();
            assertThat(settings.linkValidity()).isEqualTo(Duration.ofMinutes(15));
        });
    }
}
