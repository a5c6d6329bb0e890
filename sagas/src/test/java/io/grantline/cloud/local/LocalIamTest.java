package io.grantline.cloud.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grantline.cloud.CloudAccessDeniedException;
import io.grantline.cloud.CloudResourceNotFoundException;
import io.grantline.cloud.IamPrincipal;
import io.grantline.cloud.StackDeployment;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LocalIamTest {

    static final String ACCOUNT = "111122223333";
    static final String REGION = "eu-west-1";
    static final IamPrincipal ROLE = new IamPrincipal(IamPrincipal.Type.ROLE, "analytics-consumer");
    static final IamPrincipal USER = new IamPrincipal(IamPrincipal.Type.USER, "analytics-consumer");
    static final String POLICY = "dataall-env-env1-share-policy-analytics-consumer-0";

    final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-28T10:00:00Z"));
    LocalCloud cloud;
    LocalIam iam;

    @BeforeEach
    void emptyCloud() {
        cloud = new LocalCloud(Duration.ZERO, now::get);
        iam = new LocalIam(cloud.jdbc, cloud.accountAccess, Clock.systemUTC());
    }

    @Test
    void principalTheAccountDoesNotHaveHasNoPolicies() {
        assertThat(iam.attachedPolicies(ACCOUNT, REGION, ROLE)).isEqualTo(Optional.empty());
    }

    @Test
    void attachedPoliciesAreThoseOfThePrincipal() {
        iam.createPrincipal(ACCOUNT, ROLE);
        iam.createPrincipal(ACCOUNT, USER);
        iam.createPolicy(ACCOUNT, POLICY, "{\"Version\": \"2012-10-17\", \"Statement\": []}");
        iam.attach(ACCOUNT, ROLE, POLICY);

        assertThat(iam.attachedPolicies(ACCOUNT, REGION, ROLE)).contains(List.of(POLICY));
        assertThat(iam.attachedPolicies(ACCOUNT, REGION, USER)).contains(List.of());
    }

    @Test
    void detachedPolicyIsNoLongerAttached() {
        iam.createPrincipal(ACCOUNT, ROLE);
        iam.createPolicy(ACCOUNT, POLICY, "{}");
        iam.attach(ACCOUNT, ROLE, POLICY);

        iam.detach(ACCOUNT, ROLE, POLICY);

        assertThat(iam.attachedPolicies(ACCOUNT, REGION, ROLE)).contains(List.of());
    }

    @Test
    void rolesOfDeployedStacksAreKnown() {
        StackDeployment stack = cloud.deployer.deploy("dataall-environment-env1", ACCOUNT, REGION, """
                {"Resources": {"TeamRole": {"Type": "AWS::IAM::Role", "Properties": {"RoleName": "sales-team"}}}}""",
                Map.of());

        assertThat(iam.attachedPolicies(ACCOUNT, REGION, new IamPrincipal(IamPrincipal.Type.ROLE, "sales-team")))
                .contains(List.of());

        cloud.deployer.delete(stack.stackId());

        assertThat(iam.attachedPolicies(ACCOUNT, REGION, new IamPrincipal(IamPrincipal.Type.ROLE, "sales-team")))
                .isEmpty();
    }

    @Test
    void policyExistsOnceCreatedInThatAccount() {
        iam.createPolicy(ACCOUNT, POLICY, "{}");

        assertThat(iam.policyExists(ACCOUNT, REGION, POLICY)).isTrue();
        assertThat(iam.policyExists("444455556666", REGION, POLICY)).isFalse();
    }

    @Test
    void attachingAPolicyThatDoesNotExistFails() {
        iam.createPrincipal(ACCOUNT, ROLE);

        assertThatThrownBy(() -> iam.attach(ACCOUNT, ROLE, POLICY))
                .isInstanceOf(CloudResourceNotFoundException.class)
                .hasMessageContaining(POLICY);
    }

    @Test
    void attachingToAPrincipalThatDoesNotExistFails() {
        iam.createPolicy(ACCOUNT, POLICY, "{}");

        assertThatThrownBy(() -> iam.attach(ACCOUNT, ROLE, POLICY))
                .isInstanceOf(CloudResourceNotFoundException.class)
                .hasMessageContaining("analytics-consumer");
    }

    @Test
    void accountWhosePivotRoleTrustsAnotherExternalIdIsAccessDenied() {
        cloud.accounts.register(ACCOUNT, LocalCloud.PIVOT_ROLE.roleName(), "someone-elses-external-id");

        assertThatThrownBy(() -> iam.attachedPolicies(ACCOUNT, REGION, ROLE))
                .isInstanceOf(CloudAccessDeniedException.class);
        assertThatThrownBy(() -> iam.policyExists(ACCOUNT, REGION, POLICY))
                .isInstanceOf(CloudAccessDeniedException.class);
    }
}
