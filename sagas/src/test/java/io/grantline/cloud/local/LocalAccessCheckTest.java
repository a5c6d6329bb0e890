package io.grantline.cloud.local;

import static io.grantline.cloud.local.ShareScenario.BUCKET;
import static io.grantline.cloud.local.ShareScenario.DATABASE;
import static io.grantline.cloud.local.ShareScenario.REGION;
import static io.grantline.cloud.local.ShareScenario.SAME_ACCOUNT_ROLE_ARN;
import static io.grantline.cloud.local.ShareScenario.SHARED_DATABASE;
import static io.grantline.cloud.local.ShareScenario.SOURCE;
import static io.grantline.cloud.local.ShareScenario.TABLE;
import static io.grantline.cloud.local.ShareScenario.TARGET;
import static io.grantline.cloud.local.ShareScenario.TEAM_ROLE;
import static io.grantline.cloud.local.ShareScenario.TEAM_ROLE_ARN;
import static org.assertj.core.api.Assertions.assertThat;

import io.grantline.cloud.AccessPoints.AccessPoint;
import io.grantline.cloud.LakeFormation.Grant;
import io.grantline.cloud.LakeFormation.Resource;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalAccessCheckTest {

    static final String OTHER_ROLE_ARN = "arn:aws:iam::" + TARGET + ":role/someone-else";
    static final Resource ORDERS = Resource.table(SOURCE, DATABASE, TABLE);

    @TempDir
    Path dataDir;
    LocalCloud cloud;
    LocalAccessCheck check;

    @BeforeEach
    void dataset() {
        cloud = ShareScenario.cloud(dataDir);
        check = cloud.accessCheck;
    }

    @Nested
    class Tables {

        @Test
        void selectGrantOnTheTableAllowsReadingItUntilRevoked() {
            assertThat(check.canReadTable(SAME_ACCOUNT_ROLE_ARN, SOURCE, REGION, DATABASE, TABLE)).isFalse();

            cloud.lakeFormation.grant(SOURCE, REGION, grant(SAME_ACCOUNT_ROLE_ARN, ORDERS, "DESCRIBE", "SELECT"));

            assertThat(check.canReadTable(SAME_ACCOUNT_ROLE_ARN, SOURCE, REGION, DATABASE, TABLE)).isTrue();
            assertThat(check.canReadTable(OTHER_ROLE_ARN, SOURCE, REGION, DATABASE, TABLE)).isFalse();

            cloud.lakeFormation.revoke(SOURCE, REGION, grant(SAME_ACCOUNT_ROLE_ARN, ORDERS, "DESCRIBE", "SELECT"));

            assertThat(check.canReadTable(SAME_ACCOUNT_ROLE_ARN, SOURCE, REGION, DATABASE, TABLE)).isFalse();
        }

        @Test
        void describeAloneDoesNotAllowReading() {
            cloud.lakeFormation.grant(SOURCE, REGION, grant(SAME_ACCOUNT_ROLE_ARN, ORDERS, "DESCRIBE"));

            assertThat(check.canReadTable(SAME_ACCOUNT_ROLE_ARN, SOURCE, REGION, DATABASE, TABLE)).isFalse();
        }

        @Test
        void crossAccountShareIsReadThroughTheResourceLinkInTheTarget() {
            shareCrossAccount();

            assertThat(check.canReadTable(TEAM_ROLE_ARN, TARGET, REGION, SHARED_DATABASE, TABLE)).isTrue();
            assertThat(check.canReadTable(OTHER_ROLE_ARN, TARGET, REGION, SHARED_DATABASE, TABLE)).isFalse();
        }

        @Test
        void grantRemovedBehindTheBackDeniesReadingThroughTheLink() {
            shareCrossAccount();

            cloud.lakeFormation.removeAll(SOURCE, REGION, DATABASE, TABLE, TEAM_ROLE_ARN);

            assertThat(check.canReadTable(TEAM_ROLE_ARN, TARGET, REGION, SHARED_DATABASE, TABLE)).isFalse();
        }

        @Test
        void linkWithoutDescribeOnItDeniesReading() {
            shareCrossAccount();

            cloud.lakeFormation.revoke(TARGET, REGION, grant(TEAM_ROLE_ARN,
                    Resource.table(TARGET, SHARED_DATABASE, TABLE), "DESCRIBE"));

            assertThat(check.canReadTable(TEAM_ROLE_ARN, TARGET, REGION, SHARED_DATABASE, TABLE)).isFalse();
        }

        @Test
        void tableThatDoesNotExistCannotBeRead() {
            assertThat(check.canReadTable(TEAM_ROLE_ARN, TARGET, REGION, SHARED_DATABASE, "nothing")).isFalse();
        }

        private void shareCrossAccount() {
            cloud.lakeFormation.enableCrossAccountSharing(SOURCE, REGION);
            cloud.lakeFormation.grant(SOURCE, REGION, grant(TEAM_ROLE_ARN, ORDERS, "DESCRIBE", "SELECT"));
            cloud.invitations.acceptPending(TARGET, REGION, SOURCE);
            cloud.sharedDatabases.ensureDatabase(TARGET, REGION, SHARED_DATABASE, null);
            cloud.sharedDatabases.ensureResourceLink(TARGET, REGION, SHARED_DATABASE, TABLE, SOURCE, DATABASE, TABLE);
            cloud.lakeFormation.grant(TARGET, REGION, grant(TEAM_ROLE_ARN,
                    Resource.table(TARGET, SHARED_DATABASE, TABLE), "DESCRIBE"));
        }
    }

    @Nested
    class Buckets {

        @Test
        void bucketPolicyReadStatementAllowsGettingObjects() {
            cloud.bucketPolicies.putPolicy(SOURCE, REGION, BUCKET, """
                    {"Version": "2012-10-17", "Statement": [{"Sid": "DataAll-Bucket-ReadOnly", "Effect": "Allow",
                      "Principal": {"AWS": ["%s"]}, "Action": ["s3:List*", "s3:GetObject"],
                      "Resource": ["arn:aws:s3:::%s", "arn:aws:s3:::%s/*"]}]}"""
                    .formatted(TEAM_ROLE_ARN, BUCKET, BUCKET));

            assertThat(check.canReadObject(TEAM_ROLE_ARN, BUCKET, "raw/sales.csv")).isTrue();
            assertThat(check.canReadObject(OTHER_ROLE_ARN, BUCKET, "raw/sales.csv")).isFalse();
            assertThat(check.canReadObject(TEAM_ROLE_ARN, "dh-env1-default", "raw/sales.csv")).isFalse();
        }

        @Test
        void explicitDenyInTheBucketPolicyWins() {
            cloud.bucketPolicies.putPolicy(SOURCE, REGION, BUCKET, """
                    {"Version": "2012-10-17", "Statement": [
                      {"Effect": "Allow", "Principal": {"AWS": "%s"}, "Action": "s3:*", "Resource": "arn:aws:s3:::%s/*"},
                      {"Effect": "Deny", "Principal": "*", "Action": "s3:GetObject",
                       "Resource": "arn:aws:s3:::%s/secret/*"}]}""".formatted(TEAM_ROLE_ARN, BUCKET, BUCKET));

            assertThat(check.canReadObject(TEAM_ROLE_ARN, BUCKET, "raw/sales.csv")).isTrue();
            assertThat(check.canReadObject(TEAM_ROLE_ARN, BUCKET, "secret/keys.csv")).isFalse();
        }

        @Test
        void accessPointWithTheSharePolicyAllowsReadingUnderTheFolderOnly() {
            shareFolder("raw");

            assertThat(check.canReadObject(TEAM_ROLE_ARN, BUCKET, "raw/sales.csv")).isTrue();
            assertThat(check.canReadObject(TEAM_ROLE_ARN, BUCKET, "raw/2026/sales.csv")).isTrue();
            assertThat(check.canReadObject(TEAM_ROLE_ARN, BUCKET, "curated/sales.csv")).isFalse();
            assertThat(check.canReadObject(OTHER_ROLE_ARN, BUCKET, "raw/sales.csv")).isFalse();
        }

        @Test
        void accessPointWithoutTheSharePolicyAttachedDeniesReading() {
            shareFolder("raw");

            cloud.iam.detach(TARGET, TEAM_ROLE, SHARE_POLICY);

            assertThat(check.canReadObject(TEAM_ROLE_ARN, BUCKET, "raw/sales.csv")).isFalse();
        }

        @Test
        void accessPointTheBucketDoesNotDelegateToDeniesReading() {
            shareFolder("raw");

            cloud.bucketPolicies.putPolicy(SOURCE, REGION, BUCKET, "{\"Version\": \"2012-10-17\", \"Statement\": []}");

            assertThat(check.canReadObject(TEAM_ROLE_ARN, BUCKET, "raw/sales.csv")).isFalse();
        }

        static final String SHARE_POLICY = "dataall-env-env2-share-policy-dataall-analysts-abc123-0";

        private void shareFolder(String prefix) {
            AccessPoint accessPoint = cloud.accessPoints.ensure(SOURCE, REGION, "dataset1-analysts", BUCKET);
            cloud.bucketPolicies.putPolicy(SOURCE, REGION, BUCKET, """
                    {"Version": "2012-10-17", "Statement": [{"Sid": "DelegateAccessToAccessPoint", "Effect": "Allow",
                      "Principal": "*", "Action": "s3:*", "Resource": ["arn:aws:s3:::%s", "arn:aws:s3:::%s/*"],
                      "Condition": {"StringEquals": {"s3:DataAccessPointAccount": "%s"}}}]}"""
                    .formatted(BUCKET, BUCKET, SOURCE));
            cloud.accessPoints.putPolicy(SOURCE, REGION, accessPoint.name(), """
                    {"Version": "2012-10-17", "Statement": [
                      {"Sid": "analysts0", "Effect": "Allow", "Principal": {"AWS": "%1$s"}, "Action": "s3:ListBucket",
                       "Resource": "%2$s", "Condition": {"StringLike": {"s3:prefix": ["%3$s/*"]}}},
                      {"Sid": "analysts1", "Effect": "Allow", "Principal": {"AWS": "%1$s"}, "Action": ["s3:GetObject"],
                       "Resource": ["%2$s/object/%3$s/*"]}]}""".formatted(TEAM_ROLE_ARN, accessPoint.arn(), prefix));
            cloud.managedPolicies.save(TARGET, SHARE_POLICY, """
                    {"Version": "2012-10-17", "Statement": [{"Sid": "AccessPointsStatementS3", "Effect": "Allow",
                      "Action": ["s3:*"], "Resource": ["%1$s", "%1$s/*"]}]}""".formatted(accessPoint.arn()));
            cloud.managedPolicies.attach(TARGET, TEAM_ROLE, SHARE_POLICY);
        }
    }

    static Grant grant(String principal, Resource resource, String... permissions) {
        return new Grant(principal, resource, List.of(permissions), List.of());
    }
}
