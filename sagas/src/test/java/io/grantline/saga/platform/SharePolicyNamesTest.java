package io.grantline.saga.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The expected names are what data.all's NamingConventionService.build_compliant_name_with_index answers. */
class SharePolicyNamesTest {

    @Test
    void nameJoinsPrefixEnvironmentPrincipalAndIndexInLowerCase() {
        assertThat(SharePolicyNames.indexed("dataall", "abc123", "MyRole", 0))
                .isEqualTo("dataall-env-abc123-share-policy-myrole-0");
    }

    @Test
    void charactersIamPoliciesDoNotTakeBecomeDashes() {
        assertThat(SharePolicyNames.indexed("Team_Prefix", "env9x", "consumer.role@corp+x=y,z", 1))
                .isEqualTo("team_prefix-env-env9x-share-policy-consumer-role-corp-x-y-z-1");
        assertThat(SharePolicyNames.indexed("p'q", "e1", "a--b", 3)).isEqualTo("p-q-env-e1-share-policy-a-b-3");
    }

    @Test
    void longPrincipalNamesShortenTheLabelNotThePrincipal() {
        String principal = "R".repeat(100);

        assertThat(SharePolicyNames.indexed("dataall", "uri1", principal, 0))
                .isEqualTo("dataall-env-uri1-share-poli-" + "r".repeat(100) + "-0");
    }

    @Test
    void labelShortenedPastItsLengthCountsFromItsEndAsPythonSlicesIt() {
        String principal = "R".repeat(130);

        assertThat(SharePolicyNames.indexed("dataall", "uri1", principal, 2))
                .isEqualTo("dataall-env-uri1-s-" + "r".repeat(130) + "-2");
    }

    @Test
    void indexIsReadBackFromAName() {
        assertThat(SharePolicyNames.indexOf("dataall-env-abc123-share-policy-myrole-12", "dataall", "abc123",
                "MyRole")).isEqualTo(12);
    }

    @Test
    void namesOfOtherPrincipalsHaveNoIndex() {
        assertThat(SharePolicyNames.indexOf("dataall-env-abc123-share-policy-myrole-reader-0", "dataall", "abc123",
                "MyRole")).isEqualTo(-1);
        assertThat(SharePolicyNames.indexOf("ReadOnlyAccess", "dataall", "abc123", "MyRole")).isEqualTo(-1);
    }
}
