package io.grantline.saga.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grantline.api.platform.PlatformQueries.PlatformTemplate;
import io.grantline.saga.platform.PlatformTemplates.Values;
import org.junit.jupiter.api.Test;

class PlatformTemplatesTest {

    static final Values VALUES = new Values("123456789012", "0f7c-external", "dataallPivotRole-cdk", "dataall");

    @Test
    void pivotRoleDefaultsToThisDeploymentsAccountExternalIdAndRoleName() {
        String template = PlatformTemplates.render(PlatformTemplate.PIVOT_ROLE, VALUES);

        assertThat(template)
                .contains("Default: '123456789012'")
                .contains("Default: '0f7c-external'")
                .contains("Default: 'dataallPivotRole-cdk'")
                .contains("sts:ExternalId")
                .doesNotContain("{{");
    }

    @Test
    void pivotRoleIsTrustedByThePlatformAccountOnlyWithTheExternalId() {
        String template = PlatformTemplates.render(PlatformTemplate.PIVOT_ROLE, VALUES);

        assertThat(template).containsPattern("Principal:\\s+AWS:\\s+Fn::Sub: arn:aws:iam::\\$\\{AwsAccountId}:root"
                + "\\s+Action: sts:AssumeRole\\s+Condition:\\s+StringEquals:\\s+sts:ExternalId:\\s+Ref: ExternalId");
    }

    @Test
    void pivotRoleMayManageTheCatalogGrantsBucketsKeysAndStacks() {
        String template = PlatformTemplates.render(PlatformTemplate.PIVOT_ROLE, VALUES);

        assertThat(template).contains("glue:CreateDatabase", "lakeformation:GrantPermissions",
                "s3:PutBucketPolicy", "kms:PutKeyPolicy", "iam:CreatePolicyVersion", "cloudformation:DescribeStacks");
    }

    @Test
    void cdkExecutionPolicyNamesTheAccountTheBootstrapMustTrust() {
        String template = PlatformTemplates.render(PlatformTemplate.CDK_EXEC_POLICY, VALUES);

        assertThat(template)
                .contains("--trust 123456789012")
                .contains("AWS::IAM::ManagedPolicy")
                .contains("Default: DataAllCustomCDKPolicy")
                .doesNotContain("{{");
    }

    @Test
    void quotesInValuesAreEscapedForYaml() {
        String template = PlatformTemplates.render(PlatformTemplate.PIVOT_ROLE,
                new Values("123456789012", "it's-external", "role", "dataall"));

        assertThat(template).contains("Default: 'it''s-external'");
    }

    @Test
    void valuesSpanningLinesAreRefused() {
        assertThatThrownBy(() -> PlatformTemplates.render(PlatformTemplate.PIVOT_ROLE,
                new Values("123456789012", "one\nInjected: true", "role", "dataall")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void templatesAreKeptUnderTemplates() {
        assertThat(PlatformTemplates.keyOf(PlatformTemplate.PIVOT_ROLE)).isEqualTo("templates/pivotRole.yaml");
        assertThat(PlatformTemplates.keyOf(PlatformTemplate.CDK_EXEC_POLICY))
                .isEqualTo("templates/cdkExecPolicy.yaml");
    }
}
