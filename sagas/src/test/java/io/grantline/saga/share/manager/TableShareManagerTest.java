package io.grantline.saga.share.manager;

import static io.grantline.saga.share.manager.ShareFixture.DATABASE;
import static io.grantline.saga.share.manager.ShareFixture.REGION;
import static io.grantline.saga.share.manager.ShareFixture.SHARED_DATABASE;
import static io.grantline.saga.share.manager.ShareFixture.SOURCE;
import static io.grantline.saga.share.manager.ShareFixture.TARGET;
import static io.grantline.saga.share.manager.ShareFixture.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grantline.api.share.AttachedDataFilter;
import io.grantline.api.share.ShareDataPermission;
import io.grantline.api.share.ShareTarget;
import io.grantline.cloud.CloudResourceNotFoundException;
import io.grantline.cloud.GlueSharedDatabases.ResourceLink;
import io.grantline.cloud.LakeFormation.Resource;
import io.grantline.cloud.local.LocalCloud;
import io.grantline.cloud.local.LocalResourceShareInvitations.Status;
import io.grantline.saga.share.ShareGrant;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableShareManagerTest {

    @TempDir
    Path dataDir;
    ShareFixture fixture;
    LocalCloud cloud;
    TableShareManager manager;
    ShareTarget analysts;
    ShareGrant crossAccount;

    @BeforeEach
    void sharedDataset() {
        fixture = new ShareFixture(dataDir);
        cloud = fixture.cloud;
        manager = new TableShareManager(cloud.lakeFormation, cloud.sharedDatabases, cloud.invitations,
                cloud.glueCatalog, LocalCloud.PIVOT_ROLE);
        analysts = fixture.team(TARGET, "Analysts");
        crossAccount = fixture.share(analysts, ShareDataPermission.Read);
    }

    @Test
    void crossAccountGrantAcceptsTheInvitationAndLinksTheTable() {
        manager.grant(crossAccount, table("orders"), null);

        assertThat(cloud.invitations.status(SOURCE, TARGET, REGION)).contains(Status.ACCEPTED);
        assertThat(cloud.sharedDatabases.resourceLink(TARGET, REGION, SHARED_DATABASE, "orders"))
                .contains(new ResourceLink(SHARED_DATABASE, "orders", SOURCE, DATABASE, "orders"));
        assertThat(cloud.accessCheck.canReadTable(analysts.principalRoleArn(), TARGET, REGION, SHARED_DATABASE,
                "orders")).isTrue();
    }

    @Test
    void crossAccountGrantGoesToTheTargetAccountAndThePrincipal() {
        manager.grant(crossAccount, table("orders"), null);

        Resource orders = Resource.table(SOURCE, DATABASE, "orders");
        assertThat(cloud.lakeFormation.permissions(SOURCE, REGION, TARGET, orders))
                .containsExactlyInAnyOrder("DESCRIBE", "SELECT");
        assertThat(cloud.lakeFormation.permissions(SOURCE, REGION, analysts.principalRoleArn(), orders))
                .containsExactlyInAnyOrder("DESCRIBE", "SELECT");
        assertThat(cloud.lakeFormation.permissions(SOURCE, REGION, LocalCloud.PIVOT_ROLE.arnIn(SOURCE),
                Resource.database(SOURCE, DATABASE))).containsExactly("ALL");
        assertThat(cloud.lakeFormation.permissions(TARGET, REGION, analysts.principalRoleArn(),
                Resource.database(TARGET, SHARED_DATABASE))).containsExactly("DESCRIBE");
        assertThat(cloud.lakeFormation.crossAccountSharingEnabled(SOURCE, REGION)).isTrue();
    }

    @Test
    void grantThenVerifyIsHealthy() {
        manager.grant(crossAccount, table("orders"), null);

        assertThat(manager.verify(crossAccount, table("orders"), null)).isEmpty();
    }

    @Test
    void grantTwiceHoldsTheSameGrants() {
        manager.grant(crossAccount, table("orders"), null);
        List<Map<String, Object>> once = permissionRows();

        manager.grant(crossAccount, table("orders"), null);

        assertThat(permissionRows()).isEqualTo(once);
        assertThat(manager.verify(crossAccount, table("orders"), null)).isEmpty();
    }

    @Test
    void missingTableFailsWithTheCauseAndMakesNothing() {
        assertThatThrownBy(() -> manager.grant(crossAccount, table("invoices"), null))
                .isInstanceOf(CloudResourceNotFoundException.class)
                .hasMessageContaining("Glue table " + DATABASE + ".invoices does not exist in account " + SOURCE);
        assertThat(cloud.glueCatalog.databaseExists(TARGET, REGION, SHARED_DATABASE)).isFalse();
    }

    @Test
    void revokeThenVerifyListsEverythingMissing() {
        manager.grant(crossAccount, table("orders"), null);

        manager.revoke(crossAccount, table("orders"), null);

        String principal = analysts.principalRoleArn();
        assertThat(manager.verify(crossAccount, table("orders"), null)).containsExactly(
                "missing LF permissions: DESCRIBE,SELECT on " + DATABASE + ".orders for " + TARGET,
                "missing LF permissions: DESCRIBE,SELECT on " + DATABASE + ".orders for " + principal,
                "missing Glue database " + SHARED_DATABASE + " in account " + TARGET);
        assertThat(cloud.accessCheck.canReadTable(principal, TARGET, REGION, SHARED_DATABASE, "orders")).isFalse();
    }

    @Test
    void revokeKeepsTheSharedDatabaseWhileAnotherTableIsLinked() {
        manager.grant(crossAccount, table("orders"), null);
        manager.grant(crossAccount, table("customers"), null);

        manager.revoke(crossAccount, table("orders"), null);

        assertThat(cloud.sharedDatabases.tableNames(TARGET, REGION, SHARED_DATABASE)).containsExactly("customers");
        assertThat(manager.verify(crossAccount, table("customers"), null)).isEmpty();
        manager.revoke(crossAccount, table("customers"), null);
        assertThat(cloud.glueCatalog.databaseExists(TARGET, REGION, SHARED_DATABASE)).isFalse();
    }

    @Test
    void revokeTwiceChangesNothingMore() {
        manager.grant(crossAccount, table("orders"), null);
        manager.revoke(crossAccount, table("orders"), null);

        manager.revoke(crossAccount, table("orders"), null);

        assertThat(permissionRows()).extracting(row -> row.get("principal"))
                .containsOnly(LocalCloud.PIVOT_ROLE.arnIn(SOURCE));
    }

    @Test
    void sameAccountShareNeedsNoCrossAccountGrant() {
        ShareTarget sameAccount = fixture.team(SOURCE, "Marketing");
        ShareGrant share = fixture.share(sameAccount, ShareDataPermission.Read, ShareDataPermission.Write);

        manager.grant(share, table("orders"), null);

        assertThat(cloud.invitations.status(SOURCE, SOURCE, REGION)).isEmpty();
        assertThat(cloud.lakeFormation.permissions(SOURCE, REGION, sameAccount.principalRoleArn(),
                Resource.table(SOURCE, DATABASE, "orders"))).containsExactlyInAnyOrder("DESCRIBE", "SELECT", "INSERT");
        assertThat(cloud.lakeFormation.permissions(SOURCE, REGION, sameAccount.principalRoleArn(),
                Resource.database(SOURCE, SHARED_DATABASE))).containsExactlyInAnyOrder("DESCRIBE", "CREATE_TABLE");
        assertThat(cloud.accessCheck.canReadTable(sameAccount.principalRoleArn(), SOURCE, REGION, SHARED_DATABASE,
                "orders")).isTrue();
        assertThat(manager.verify(share, table("orders"), null)).isEmpty();
    }

    @Test
    void filteredShareGrantsTheDataCellsFiltersThroughALabelledLink() {
        cloud.lakeFormation.createDataCellsFilter(SOURCE, REGION, DATABASE, "orders", "eu_only");
        AttachedDataFilter filter = new AttachedDataFilter("adf1", "EU Only", List.of("f1"), List.of("eu_only"));

        manager.grant(crossAccount, table("orders"), filter);

        String principal = analysts.principalRoleArn();
        assertThat(cloud.lakeFormation.permissions(SOURCE, REGION, principal,
                Resource.dataCellsFilter(SOURCE, DATABASE, "orders", "eu_only"))).containsExactly("SELECT");
        assertThat(cloud.lakeFormation.permissions(SOURCE, REGION, principal,
                Resource.table(SOURCE, DATABASE, "orders"))).isEmpty();
        assertThat(cloud.accessCheck.canReadTable(principal, TARGET, REGION, SHARED_DATABASE, "orders_eu_only"))
                .isTrue();
        assertThat(manager.verify(crossAccount, table("orders"), filter)).isEmpty();
    }

    @Test
    void revokingOneLinkKeepsTheAccountGrantAnotherLinkOfTheTableNeeds() {
        cloud.lakeFormation.createDataCellsFilter(SOURCE, REGION, DATABASE, "orders", "eu_only");
        AttachedDataFilter filter = new AttachedDataFilter("adf1", "eu_only", List.of("f1"), List.of("eu_only"));
        ShareTarget auditors = fixture.team(TARGET, "Auditors");
        ShareGrant auditorsShare = fixture.share(auditors, ShareDataPermission.Read);
        manager.grant(crossAccount, table("orders"), null);
        manager.grant(auditorsShare, table("orders"), filter);

        manager.revoke(crossAccount, table("orders"), null);

        assertThat(cloud.accessCheck.canReadTable(auditors.principalRoleArn(), TARGET, REGION, SHARED_DATABASE,
                "orders_eu_only")).isTrue();
        assertThat(manager.verify(auditorsShare, table("orders"), filter)).isEmpty();
        assertThat(cloud.accessCheck.canReadTable(analysts.principalRoleArn(), TARGET, REGION, SHARED_DATABASE,
                "orders")).isFalse();
    }

    @Test
    void revokingOnePrincipalKeepsTheLinkAnotherPrincipalReadsThrough() {
        ShareTarget auditors = fixture.team(TARGET, "Auditors");
        ShareGrant auditorsShare = fixture.share(auditors, ShareDataPermission.Read);
        manager.grant(crossAccount, table("orders"), null);
        manager.grant(auditorsShare, table("orders"), null);

        manager.revoke(crossAccount, table("orders"), null);

        assertThat(cloud.accessCheck.canReadTable(auditors.principalRoleArn(), TARGET, REGION, SHARED_DATABASE,
                "orders")).isTrue();
        assertThat(manager.verify(auditorsShare, table("orders"), null)).isEmpty();
        assertThat(cloud.accessCheck.canReadTable(analysts.principalRoleArn(), TARGET, REGION, SHARED_DATABASE,
                "orders")).isFalse();
    }

    @Test
    void grantRemovedBehindOurBackIsFoundAndRepairedByGrantingAgain() {
        manager.grant(crossAccount, table("orders"), null);
        cloud.lakeFormation.removeAll(SOURCE, REGION, DATABASE, "orders", analysts.principalRoleArn());

        assertThat(manager.verify(crossAccount, table("orders"), null)).containsExactly(
                "missing LF permissions: DESCRIBE,SELECT on " + DATABASE + ".orders for "
                        + analysts.principalRoleArn());
        manager.grant(crossAccount, table("orders"), null);
        assertThat(manager.verify(crossAccount, table("orders"), null)).isEmpty();
    }

    @Test
    void missingResourceLinkIsReported() {
        manager.grant(crossAccount, table("orders"), null);
        cloud.sharedDatabases.deleteTable(TARGET, REGION, SHARED_DATABASE, "orders");

        assertThat(manager.verify(crossAccount, table("orders"), null))
                .containsExactly("missing resource link " + SHARED_DATABASE + ".orders in account " + TARGET);
    }

    private List<Map<String, Object>> permissionRows() {
        return cloud.jdbc.queryForList("""
                select catalog_id, database_name, table_name, filter_name, principal, permission, grantable
                from local_lf_permission order by 1, 2, 3, 4, 5, 6""");
    }
}
