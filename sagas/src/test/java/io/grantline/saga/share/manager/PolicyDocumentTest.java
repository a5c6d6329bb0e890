package io.grantline.saga.share.manager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grantline.cloud.CloudRequestFailedException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PolicyDocumentTest {

    static final String ROLE_A = "arn:aws:iam::111122223333:role/a";
    static final String ROLE_B = "arn:aws:iam::444455556666:role/b";
    static final PolicyStatement READ = PolicyStatement.allow("DataAll-Bucket-ReadOnly")
            .actions(List.of("s3:List*", "s3:GetObject")).resources(List.of("arn:aws:s3:::b", "arn:aws:s3:::b/*"));

    @Test
    void principalIsAddedToTheStatementMadeFromTheTemplateWhenMissing() {
        PolicyDocument policy = PolicyDocument.empty();

        policy.addPrincipal(READ, ROLE_A);

        assertThat(policy.principals(READ.sid())).containsExactly(ROLE_A);
        assertThat(policy.actions(READ.sid())).containsExactly("s3:List*", "s3:GetObject");
        assertThat(policy.resources(READ.sid())).containsExactly("arn:aws:s3:::b", "arn:aws:s3:::b/*");
    }

    @Test
    void principalWrittenAsOneStringBecomesAListKeepingIt() {
        PolicyDocument policy = PolicyDocument.parse("""
                {"Version": "2012-10-17", "Statement": [{"Sid": "DataAll-Bucket-ReadOnly", "Effect": "Allow",
                 "Principal": {"AWS": "%s"}, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}]}"""
                .formatted(ROLE_A));

        policy.addPrincipal(READ, ROLE_B);

        assertThat(policy.principals(READ.sid())).containsExactly(ROLE_A, ROLE_B);
        assertThat(policy.toJson()).contains("\"AWS\":[\"" + ROLE_A + "\",\"" + ROLE_B + "\"]");
    }

    @Test
    void addingAPrincipalAddsTheTemplateActionsTheStatementLacks() {
        PolicyDocument policy = PolicyDocument.parse("""
                {"Statement": [{"Sid": "DataAll-Bucket-ReadOnly", "Effect": "Allow", "Principal": {"AWS": "%s"},
                 "Action": "s3:GetObject", "Resource": "*"}]}""".formatted(ROLE_A));

        policy.addPrincipal(READ, ROLE_A);

        assertThat(policy.actions(READ.sid())).containsExactly("s3:GetObject", "s3:List*");
    }

    @Test
    void removingOnePrincipalKeepsTheOthers() {
        PolicyDocument policy = PolicyDocument.empty();
        policy.addPrincipal(READ, ROLE_A);
        policy.addPrincipal(READ, ROLE_B);

        policy.removePrincipal(READ.sid(), ROLE_A);

        assertThat(policy.principals(READ.sid())).containsExactly(ROLE_B);
    }

    @Test
    void statementWithoutPrincipalsIsDropped() {
        PolicyDocument policy = PolicyDocument.empty();
        policy.addPrincipal(READ, ROLE_A);

        policy.removePrincipal(READ.sid(), ROLE_A);

        assertThat(policy.has(READ.sid())).isFalse();
        assertThat(policy.isEmpty()).isTrue();
    }

    @Test
    void statementsOfOthersAreKeptAsTheyAre() {
        String theirs = """
                {"Sid":"RequiredSecureTransport","Effect":"Deny","Principal":{"AWS":"*"},"Action":"s3:*",\
                "Resource":"arn:aws:s3:::b/*","Condition":{"Bool":{"aws:SecureTransport":"false"}}}""";
        PolicyDocument policy = PolicyDocument.parse("{\"Version\":\"2012-10-17\",\"Statement\":[" + theirs + "]}");

        policy.addPrincipal(READ, ROLE_A);
        policy.removePrincipal(READ.sid(), ROLE_A);

        assertThat(policy.toJson()).isEqualTo("{\"Version\":\"2012-10-17\",\"Statement\":[" + theirs + "]}");
    }

    @Test
    void singleStatementObjectIsReadAsAList() {
        PolicyDocument policy = PolicyDocument.parse("""
                {"Statement": {"Sid": "Only", "Effect": "Allow", "Action": "kms:*", "Resource": "*"}}""");

        assertThat(policy.sids()).containsExactly("Only");
        assertThat(policy.actions("Only")).containsExactly("kms:*");
    }

    @Test
    void resourcesAreAddedAndRemovedKeepingTheOthers() {
        PolicyStatement s3 = PolicyStatement.allow("BucketStatementS3").actions(List.of("s3:*"));
        PolicyDocument policy = PolicyDocument.empty();
        policy.addResources(s3, List.of("arn:aws:s3:::one", "arn:aws:s3:::one/*"));
        policy.addResources(s3, List.of("arn:aws:s3:::two", "arn:aws:s3:::two/*"));

        policy.removeResources(s3.sid(), List.of("arn:aws:s3:::one", "arn:aws:s3:::one/*"));

        assertThat(policy.resources(s3.sid())).containsExactly("arn:aws:s3:::two", "arn:aws:s3:::two/*");
        policy.removeResources(s3.sid(), List.of("arn:aws:s3:::two", "arn:aws:s3:::two/*"));
        assertThat(policy.has(s3.sid())).isFalse();
    }

    @Test
    void conditionValuesAreAddedAndRemoved() {
        PolicyDocument policy = PolicyDocument.empty();
        policy.put(PolicyStatement.allow("role0").principal(ROLE_A).actions(List.of("s3:ListBucket"))
                .resources(List.of("arn:ap")).condition("StringLike", "s3:prefix", List.of("raw/*")));

        policy.addConditionValue("role0", "StringLike", "s3:prefix", "curated/*");
        policy.addConditionValue("role0", "StringLike", "s3:prefix", "raw/*");

        assertThat(policy.conditionValues("role0", "StringLike", "s3:prefix")).containsExactly("raw/*", "curated/*");
        assertThat(policy.removeConditionValue("role0", "StringLike", "s3:prefix", "raw/*"))
                .containsExactly("curated/*");
        assertThat(policy.removeConditionValue("missing", "StringLike", "s3:prefix", "raw/*")).isEmpty();
    }

    @Test
    void anyoneIsWrittenAsAPlainStar() {
        PolicyDocument policy = PolicyDocument.empty();

        policy.put(PolicyStatement.allow("DelegateAccessToAccessPoint").principal("*").actions(List.of("s3:*"))
                .resources(List.of("arn:aws:s3:::b")));

        assertThat(policy.toJson()).contains("\"Principal\":\"*\"");
        assertThat(policy.principals("DelegateAccessToAccessPoint")).containsExactly("*");
    }

    @Test
    void putReplacesTheStatementInItsPlace() {
        PolicyDocument policy = PolicyDocument.empty();
        policy.put(PolicyStatement.allow("first").actions(List.of("a:1")).resources(List.of("*")));
        policy.put(PolicyStatement.allow("second").actions(List.of("a:2")).resources(List.of("*")));

        policy.put(PolicyStatement.allow("first").actions(List.of("a:3")).resources(List.of("*")));

        assertThat(policy.sids()).containsExactly("first", "second");
        assertThat(policy.actions("first")).containsExactly("a:3");
    }

    @Test
    void editsThatChangeNothingLeaveTheDocumentUnchangedWhateverItsKeyOrder() {
        PolicyDocument policy = PolicyDocument.parse(Optional.of("""
                {"Statement": [{"Resource": ["arn:aws:s3:::b", "arn:aws:s3:::b/*"], "Effect": "Allow",
                 "Action": ["s3:List*", "s3:GetObject"], "Principal": {"AWS": ["%s"]},
                 "Sid": "DataAll-Bucket-ReadOnly"}], "Version": "2012-10-17"}""".formatted(ROLE_A)));

        policy.addPrincipal(READ, ROLE_A);
        policy.removePrincipal(READ.sid(), ROLE_B);
        policy.putIfAbsent(READ.principal(ROLE_B));

        assertThat(policy.changed()).isFalse();
    }

    @Test
    void missingDocumentIsEmpty() {
        assertThat(PolicyDocument.parse(Optional.empty()).isEmpty()).isTrue();
        assertThat(PolicyDocument.parse(" ").toJson()).isEqualTo("{\"Version\":\"2012-10-17\",\"Statement\":[]}");
    }

    @Test
    void textThatIsNotJsonIsRefused() {
        assertThatThrownBy(() -> PolicyDocument.parse("{not json"))
                .isInstanceOf(CloudRequestFailedException.class).hasMessageContaining("not valid JSON");
    }
}
