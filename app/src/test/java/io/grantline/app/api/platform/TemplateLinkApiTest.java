package io.grantline.app.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.grantline.cloud.local.LocalObjectStore;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.yaml.snakeyaml.Yaml;

/** Presigned links to the templates an account owner deploys before linking the account. */
class TemplateLinkApiTest extends PlatformApiSupport {

    static final String PIVOT_ROLE_URL = """
            query($org: String!) { getPivotRolePresignedUrl(organizationUri: $org) }""";
    static final String CDK_EXEC_POLICY_URL = """
            query($org: String!) { getCDKExecPolicyPresignedUrl(organizationUri: $org) }""";
    static final String PIVOT_ROLE = """
            query($org: String!) {
              getPivotRoleName(organizationUri: $org)
              getPivotRoleExternalId(organizationUri: $org)
              getTrustAccount(organizationUri: $org)
            }""";

    @Autowired
    LocalObjectStore objects;

    @Test
    void pivotRoleLinkDownloadsTheRoleTrustingThisDeploymentWithItsExternalId() {
        GraphQl pivotRole = owner.graphql(PIVOT_ROLE, "org", organizationUri);

        HttpResponse<String> download = download(owner.graphql(PIVOT_ROLE_URL, "org", organizationUri)
                .text("getPivotRolePresignedUrl"));

        assertThat(download.statusCode()).isEqualTo(200);
        Map<String, Object> template = new Yaml().load(download.body());
        assertThat(parameterDefault(template, "ExternalId")).isEqualTo(pivotRole.text("getPivotRoleExternalId"));
        assertThat(parameterDefault(template, "AwsAccountId")).isEqualTo(pivotRole.text("getTrustAccount"));
        assertThat(parameterDefault(template, "PivotRoleName")).isEqualTo(pivotRole.text("getPivotRoleName"));
        assertThat(download.body()).contains("sts:ExternalId");
    }

    @Test
    void cdkExecPolicyLinkDownloadsTheExecutionPolicyForTheBootstrap() {
        HttpResponse<String> download = download(owner.graphql(CDK_EXEC_POLICY_URL, "org", organizationUri)
                .text("getCDKExecPolicyPresignedUrl"));

        assertThat(download.statusCode()).isEqualTo(200);
        Map<String, Object> template = new Yaml().load(download.body());
        assertThat(resourceType(template, "CDKExecutionPolicy")).isEqualTo("AWS::IAM::ManagedPolicy");
        assertThat(parameterDefault(template, "TrustAccount"))
                .isEqualTo(owner.graphql(PIVOT_ROLE, "org", organizationUri).text("getTrustAccount"));
    }

    @Test
    void expiredLinkIsRefused() {
        String expired = objects.link("templates/pivotRole.yaml", Instant.now().minusSeconds(1));

        HttpResponse<String> download = download(expired);

        assertThat(download.statusCode()).isEqualTo(403);
        assertThat(download.body()).contains("<Code>AccessDenied</Code>").contains("Request has expired");
    }

    @Test
    void linkWithATamperedSignatureIsRefused() {
        String link = owner.graphql(PIVOT_ROLE_URL, "org", organizationUri).text("getPivotRolePresignedUrl");
        char last = link.charAt(link.length() - 1);

        HttpResponse<String> download = download(link.substring(0, link.length() - 1) + (last == 'a' ? 'b' : 'a'));

        assertThat(download.statusCode()).isEqualTo(403);
        assertThat(download.body()).contains("signature");
    }

    @Test
    void linkWhoseExpiryWasPushedBackIsRefused() {
        String link = owner.graphql(PIVOT_ROLE_URL, "org", organizationUri).text("getPivotRolePresignedUrl");

        HttpResponse<String> download = download(link.replaceFirst("expires=(\\d+)", "expires=$19"));

        assertThat(download.statusCode()).isEqualTo(403);
    }

    @Test
    void linkToAnotherObjectIsRefused() {
        String link = owner.graphql(PIVOT_ROLE_URL, "org", organizationUri).text("getPivotRolePresignedUrl");

        HttpResponse<String> download = download(link.replace("pivotRole.yaml", "cdkExecPolicy.yaml"));

        assertThat(download.statusCode()).isEqualTo(403);
    }

    @Test
    void outsiderGetsNoPivotRoleLink() {
        User outsider = outsider();

        assertUnauthorized(outsider.graphql(PIVOT_ROLE_URL, "org", organizationUri).error(), outsider,
                "LINK_ENVIRONMENT", organizationUri);
    }

    @Test
    void outsiderGetsNoCdkExecPolicyLink() {
        User outsider = outsider();

        assertUnauthorized(outsider.graphql(CDK_EXEC_POLICY_URL, "org", organizationUri).error(), outsider,
                "LINK_ENVIRONMENT", organizationUri);
    }

    @Test
    void pivotRoleLinkOfABlankOrganizationIsRefusedNamingTheArgument() {
        assertThat(owner.graphql(PIVOT_ROLE_URL, "org", " ").error())
                .contains("RequiredParameter").contains("organizationUri");
    }

    @Test
    void cdkExecPolicyLinkOfABlankOrganizationIsRefusedNamingTheArgument() {
        assertThat(owner.graphql(CDK_EXEC_POLICY_URL, "org", "").error())
                .contains("RequiredParameter").contains("organizationUri");
    }

    @SuppressWarnings("unchecked")
    private static Object parameterDefault(Map<String, Object> template, String parameter) {
        Map<String, Object> parameters = (Map<String, Object>) template.get("Parameters");
        return String.valueOf(((Map<String, Object>) parameters.get(parameter)).get("Default"));
    }

    @SuppressWarnings("unchecked")
    private static Object resourceType(Map<String, Object> template, String resource) {
        Map<String, Object> resources = (Map<String, Object>) template.get("Resources");
        return ((Map<String, Object>) resources.get(resource)).get("Type");
    }
}
