package io.grantline.cloud.local;

import static io.grantline.cloud.local.ShareScenario.DATABASE;
import static io.grantline.cloud.local.ShareScenario.REGION;
import static io.grantline.cloud.local.ShareScenario.SHARED_DATABASE;
import static io.grantline.cloud.local.ShareScenario.SOURCE;
import static io.grantline.cloud.local.ShareScenario.TABLE;
import static io.grantline.cloud.local.ShareScenario.TARGET;
import static io.grantline.cloud.local.ShareScenario.TEAM_ROLE_ARN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grantline.cloud.CloudRequestFailedException;
import io.grantline.cloud.CloudResourceNotFoundException;
import io.grantline.cloud.GlueSharedDatabases.ResourceLink;
import io.grantline.cloud.LakeFormation.Grant;
import io.grantline.cloud.LakeFormation.Resource;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalGlueSharedDatabasesTest {

    @TempDir
    Path dataDir;
    LocalCloud cloud;
    LocalGlueSharedDatabases shared;

    @BeforeEach
    void dataset() {
        cloud = ShareScenario.cloud(dataDir);
        shared = cloud.sharedDatabases;
    }

    @Test
    void sharedDatabaseIsInTheGlueCatalogOfTheAccount() {
        shared.ensureDatabase(TARGET, REGION, SHARED_DATABASE, "shared by data.all");
        shared.ensureDatabase(TARGET, REGION, SHARED_DATABASE, "shared by data.all");

        assertThat(cloud.glueCatalog.databaseExists(TARGET, REGION, SHARED_DATABASE)).isTrue();
        assertThat(shared.tableNames(TARGET, REGION, SHARED_DATABASE)).isEmpty();
    }

    @Test
    void resourceLinkToATableNotSharedWithTheAccountIsNotFound() {
        shared.ensureDatabase(TARGET, REGION, SHARED_DATABASE, null);

        assertThatThrownBy(() -> link(TABLE))
                .isInstanceOf(CloudResourceNotFoundException.class)
                .hasMessageContaining(TABLE);
    }

    @Test
    void resourceLinkToASharedTableNeedsTheInvitationAccepted() {
        shared.ensureDatabase(TARGET, REGION, SHARED_DATABASE, null);
        cloud.lakeFormation.enableCrossAccountSharing(SOURCE, REGION);
        cloud.lakeFormation.grant(SOURCE, REGION, new Grant(TEAM_ROLE_ARN, Resource.table(SOURCE, DATABASE, TABLE),
                List.of("DESCRIBE", "SELECT"), List.of()));

        assertThatThrownBy(() -> link(TABLE)).isInstanceOf(CloudResourceNotFoundException.class);

        cloud.invitations.acceptPending(TARGET, REGION, SOURCE);
        link(TABLE);
        link(TABLE);

        assertThat(shared.resourceLink(TARGET, REGION, SHARED_DATABASE, TABLE))
                .contains(new ResourceLink(SHARED_DATABASE, TABLE, SOURCE, DATABASE, TABLE));
        assertThat(shared.tableNames(TARGET, REGION, SHARED_DATABASE)).containsExactly(TABLE);
    }

    @Test
    void resourceLinkToATableOfTheSameAccountNeedsNoGrant() {
        shared.ensureDatabase(SOURCE, REGION, SHARED_DATABASE, null);

        shared.ensureResourceLink(SOURCE, REGION, SHARED_DATABASE, TABLE, SOURCE, DATABASE, TABLE);

        assertThat(shared.resourceLink(SOURCE, REGION, SHARED_DATABASE, TABLE)).isPresent();
    }

    @Test
    void resourceLinkToATableThatDoesNotExistIsNotFound() {
        shared.ensureDatabase(SOURCE, REGION, SHARED_DATABASE, null);

        assertThatThrownBy(() -> shared.ensureResourceLink(SOURCE, REGION, SHARED_DATABASE, "customers", SOURCE,
                DATABASE, "customers")).isInstanceOf(CloudResourceNotFoundException.class);
    }

    @Test
    void resourceLinkInADatabaseThatDoesNotExistIsNotFound() {
        assertThatThrownBy(() -> shared.ensureResourceLink(SOURCE, REGION, SHARED_DATABASE, TABLE, SOURCE,
                DATABASE, TABLE)).isInstanceOf(CloudResourceNotFoundException.class);
    }

    @Test
    void resourceLinkNamedLikeATableOfTheDatabaseIsRefused() {
        assertThatThrownBy(() -> shared.ensureResourceLink(SOURCE, REGION, DATABASE, TABLE, SOURCE, DATABASE,
                TABLE)).isInstanceOf(CloudRequestFailedException.class);
    }

    @Test
    void deletedLinkAndDatabaseAreGoneWithTheirPermissions() {
        shared.ensureDatabase(SOURCE, REGION, SHARED_DATABASE, null);
        shared.ensureResourceLink(SOURCE, REGION, SHARED_DATABASE, TABLE, SOURCE, DATABASE, TABLE);
        Resource link = Resource.table(SOURCE, SHARED_DATABASE, TABLE);
        String role = ShareScenario.SAME_ACCOUNT_ROLE_ARN;
        cloud.lakeFormation.grant(SOURCE, REGION, new Grant(role, link, List.of("DESCRIBE"), List.of()));

        shared.deleteTable(SOURCE, REGION, SHARED_DATABASE, TABLE);

        assertThat(shared.resourceLink(SOURCE, REGION, SHARED_DATABASE, TABLE)).isEmpty();
        assertThat(cloud.lakeFormation.permissions(SOURCE, REGION, role, link)).isEmpty();

        shared.deleteDatabase(SOURCE, REGION, SHARED_DATABASE);
        shared.deleteDatabase(SOURCE, REGION, SHARED_DATABASE);

        assertThat(cloud.glueCatalog.databaseExists(SOURCE, REGION, SHARED_DATABASE)).isFalse();
        assertThat(shared.tableNames(SOURCE, REGION, SHARED_DATABASE)).isEmpty();
    }

    private void link(String tableName) {
        shared.ensureResourceLink(TARGET, REGION, SHARED_DATABASE, tableName, SOURCE, DATABASE, tableName);
    }
}
