package io.grantline.cloud.local;

import io.grantline.api.dataset.CatalogTable;
import io.grantline.api.dataset.CatalogTable.CatalogColumn;
import io.grantline.cloud.IamPrincipal;
import java.time.Duration;
import java.time.Instant;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A local cloud with a deployed dataset (source account: bucket, key alias, database with a crawled table) and a
 * consumer account with a team role, as the share tests start from.
 */
final class ShareScenario {

    static final String SOURCE = DatasetStackTemplate.ACCOUNT;
    static final String TARGET = "444455556666";
    static final String REGION = DatasetStackTemplate.REGION;
    static final String DATABASE = DatasetStackTemplate.DATABASE;
    static final String BUCKET = DatasetStackTemplate.BUCKET;
    static final String TABLE = "orders";
    static final String SHARED_DATABASE = DATABASE + "_shared";
    static final IamPrincipal TEAM_ROLE = new IamPrincipal(IamPrincipal.Type.ROLE, "dataall-analysts-abc123");
    static final String TEAM_ROLE_ARN = "arn:aws:iam::" + TARGET + ":role/" + TEAM_ROLE.name();
    static final String SAME_ACCOUNT_ROLE_ARN = "arn:aws:iam::" + SOURCE + ":role/dataall-sales-team";

    private ShareScenario() {
    }

    static LocalCloud cloud(Path dataDir) {
        LocalCloud cloud = new LocalCloud(Duration.ZERO, () -> Instant.parse("2026-11-30T10:00:00Z"), dataDir);
        DatasetStackTemplate.deploy(cloud);
        cloud.glueCatalog.recordCrawl(SOURCE, REGION, DATABASE, "s3://" + BUCKET + "/" + TABLE,
                List.of(new CatalogTable(TABLE, "s3://" + BUCKET + "/" + TABLE + "/", Map.of("classification", "csv"),
                        List.of(new CatalogColumn("id", "int", null, "column")))));
        cloud.iam.createPrincipal(TARGET, TEAM_ROLE);
        return cloud;
    }
}
