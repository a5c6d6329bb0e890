package io.grantline.saga.share.manager;

import static org.assertj.core.api.Assertions.assertThat;

import io.grantline.api.dataset.RunStatus;
import io.grantline.api.share.ShareDataPermission;
import io.grantline.api.share.SharePrincipalType;
import io.grantline.api.share.ShareTarget;
import io.grantline.api.share.ShareableType;
import io.grantline.api.share.SharedDataset;
import io.grantline.api.share.SharedItem;
import io.grantline.cloud.IamPrincipal;
import io.grantline.cloud.local.DatasetStackTemplate;
import io.grantline.cloud.local.LocalCloud;
import io.grantline.saga.share.ShareGrant;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The local cloud with a deployed dataset (bucket, KMS key alias, Glue database with the crawled tables orders and
 * customers, folders raw and curated) in the source account, and teams with environment roles in the source
 * account and in a consumer account.
 */
final class ShareFixture {

    static final String SOURCE = DatasetStackTemplate.ACCOUNT;
    static final String TARGET = "444455556666";
    static final String REGION = DatasetStackTemplate.REGION;
    static final String DATABASE = DatasetStackTemplate.DATABASE;
    static final String SHARED_DATABASE = DATABASE + "_shared";
    static final String BUCKET = DatasetStackTemplate.BUCKET;
    static final String DATASET_URI = "dset1abc";

    final LocalCloud cloud;

    ShareFixture(Path dataDir) {
        cloud = new LocalCloud(Duration.ZERO, () -> Instant.parse("2026-11-30T10:00:00Z"), dataDir);
        DatasetStackTemplate.deploy(cloud);
        cloud.putFile(BUCKET, "orders/part-1.csv", "id,amount\n1,9.5\n");
        cloud.putFile(BUCKET, "customers/part-1.csv", "id,name\n1,Ada\n");
        cloud.putFile(BUCKET, "raw/events.csv", "id\n1\n");
        cloud.putFile(BUCKET, "curated/summary.csv", "id\n1\n");
        cloud.glueCrawlers.start(SOURCE, REGION, DatasetStackTemplate.CRAWLER, "s3://" + BUCKET);
        assertThat(cloud.glueCrawlers.state(SOURCE, REGION, DatasetStackTemplate.CRAWLER).status())
                .isEqualTo(RunStatus.SUCCEEDED);
    }

    SharedDataset dataset() {
        return dataset(DatasetStackTemplate.KMS_ALIAS);
    }

    /** The dataset; a null alias is a bucket imported with SSE-S3. */
    SharedDataset dataset(String kmsAlias) {
        return new SharedDataset(DATASET_URI, "sales", "org1", "env-src", "Producers", SOURCE, REGION, "Sales",
                "Sales", "Stewards", DATABASE, BUCKET, kmsAlias,
                "arn:aws:iam::" + SOURCE + ":role/dh-sales-abc123", kmsAlias == null, false, null, null, null);
    }

    /** A team of an environment in the account, with its environment role made in IAM. */
    ShareTarget team(String accountId, String team) {
        String roleName = "dataall-" + team.toLowerCase() + "-env1";
        cloud.iam.createPrincipal(accountId, new IamPrincipal(IamPrincipal.Type.ROLE, roleName));
        return new ShareTarget("env-" + accountId, "Consumers", "org1", accountId, REGION, "dataall", team,
                SharePrincipalType.Group, team, roleName, "arn:aws:iam::" + accountId + ":role/" + roleName, "ROLE");
    }

    ShareGrant share(ShareTarget target, ShareDataPermission... permissions) {
        return share(dataset(), target, permissions);
    }

    ShareGrant share(SharedDataset dataset, ShareTarget target, ShareDataPermission... permissions) {
        return new ShareGrant("share-" + target.principalId(), dataset, target, List.of(permissions));
    }

    static SharedItem table(String name) {
        return new SharedItem(ShareableType.Table, "table-" + name, name, null);
    }

    static SharedItem folder(String prefix) {
        return new SharedItem(ShareableType.StorageLocation, "folder-" + prefix, prefix, null);
    }

    static SharedItem bucket() {
        return new SharedItem(ShareableType.S3Bucket, DATASET_URI, BUCKET, null);
    }
}
