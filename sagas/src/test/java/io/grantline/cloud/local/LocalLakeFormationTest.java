package io.grantline.cloud.local;

import static io.grantline.cloud.local.ShareScenario.DATABASE;
import static io.grantline.cloud.local.ShareScenario.REGION;
import static io.grantline.cloud.local.ShareScenario.SAME_ACCOUNT_ROLE_ARN;
import static io.grantline.cloud.local.ShareScenario.SOURCE;
import static io.grantline.cloud.local.ShareScenario.TABLE;
import static io.grantline.cloud.local.ShareScenario.TARGET;
import static io.grantline.cloud.local.ShareScenario.TEAM_ROLE_ARN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grantline.cloud.CloudAccessDeniedException;
import io.grantline.cloud.CloudRequestFailedException;
import io.grantline.cloud.CloudResourceNotFoundException;
import io.grantline.cloud.CloudThrottledException;
import io.grantline.cloud.LakeFormation.Grant;
import io.grantline.cloud.LakeFormation.Resource;
import io.grantline.cloud.local.LocalCloudFaults.Kind;
import io.grantline.cloud.local.LocalCloudFaults.Operation;
import io.grantline.cloud.local.LocalResourceShareInvitations.Status;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalLakeFormationTest {

    static final Resource ORDERS = Resource.table(SOURCE, DATABASE, TABLE);

    @TempDir
    Path dataDir;
    LocalCloud cloud;
    LocalLakeFormation lakeFormation;

    @BeforeEach
    void dataset() {
        cloud = ShareScenario.cloud(dataDir);
        lakeFormation = cloud.lakeFormation;
    }

    @Test
    void grantOnATableTheDatabaseDoesNotHaveIsNotFound() {
        assertThatThrownBy(() -> lakeFormation.grant(SOURCE, REGION, read(SAME_ACCOUNT_ROLE_ARN,
                Resource.table(SOURCE, DATABASE, "customers"))))
                .isInstanceOf(CloudResourceNotFoundException.class)
                .hasMessageContaining("customers");
    }

    @Test
    void grantOnADatabaseTheCatalogDoesNotHaveIsNotFound() {
        assertThatThrownBy(() -> lakeFormation.grant(SOURCE, REGION, new Grant(SAME_ACCOUNT_ROLE_ARN,
                Resource.database(SOURCE, "no_such_db"), List.of("DESCRIBE"), List.of())))
                .isInstanceOf(CloudResourceNotFoundException.class);
    }

    @Test
    void grantOnADataCellsFilterThatDoesNotExistIsNotFound() {
        Resource filter = Resource.dataCellsFilter(SOURCE, DATABASE, TABLE, "eu_only");

        assertThatThrownBy(() -> lakeFormation.grant(SOURCE, REGION, read(SAME_ACCOUNT_ROLE_ARN, filter)))
                .isInstanceOf(CloudResourceNotFoundException.class);

        lakeFormation.createDataCellsFilter(SOURCE, REGION, DATABASE, TABLE, "eu_only");
        lakeFormation.grant(SOURCE, REGION, read(SAME_ACCOUNT_ROLE_ARN, filter));

        assertThat(lakeFormation.permissions(SOURCE, REGION, SAME_ACCOUNT_ROLE_ARN, filter))
                .containsExactlyInAnyOrder("DESCRIBE", "SELECT");
    }

    @Test
    void permissionsAreTheUnionOfTheGrantsHeld() {
        lakeFormation.grant(SOURCE, REGION, read(SAME_ACCOUNT_ROLE_ARN, ORDERS));
        lakeFormation.grant(SOURCE, REGION, new Grant(SAME_ACCOUNT_ROLE_ARN, ORDERS, List.of("SELECT", "ALTER"),
                List.of()));

        assertThat(lakeFormation.permissions(SOURCE, REGION, SAME_ACCOUNT_ROLE_ARN, ORDERS))
                .containsExactlyInAnyOrder("ALTER", "DESCRIBE", "SELECT");
        assertThat(lakeFormation.permissions(SOURCE, REGION, "arn:aws:iam::" + SOURCE + ":role/other", ORDERS))
                .isEmpty();
    }

    @Test
    void principalsAreEveryoneHoldingSomePermissionOnTheResource() {
        String other = "arn:aws:iam::" + SOURCE + ":role/other";
        lakeFormation.grant(SOURCE, REGION, read(SAME_ACCOUNT_ROLE_ARN, ORDERS));
        lakeFormation.grant(SOURCE, REGION, new Grant(other, ORDERS, List.of("DESCRIBE"), List.of()));

        assertThat(lakeFormation.principals(SOURCE, REGION, ORDERS))
                .containsExactlyInAnyOrder(SAME_ACCOUNT_ROLE_ARN, other);
        assertThat(lakeFormation.principals(SOURCE, REGION, Resource.database(SOURCE, DATABASE))).isEmpty();
    }

    @Test
    void revokeTakesAwayOnlyThePermissionsNamedAndRepeatsHarmlessly() {
        lakeFormation.grant(SOURCE, REGION, read(SAME_ACCOUNT_ROLE_ARN, ORDERS));

        Grant select = new Grant(SAME_ACCOUNT_ROLE_ARN, ORDERS, List.of("SELECT"), List.of());
        lakeFormation.revoke(SOURCE, REGION, select);
        lakeFormation.revoke(SOURCE, REGION, select);

        assertThat(lakeFormation.permissions(SOURCE, REGION, SAME_ACCOUNT_ROLE_ARN, ORDERS))
                .containsExactly("DESCRIBE");
    }

    @Test
    void revokeOnATableThatIsGoneSucceeds() {
        lakeFormation.revoke(SOURCE, REGION, read(SAME_ACCOUNT_ROLE_ARN, Resource.table(SOURCE, DATABASE, "gone")));
    }

    @Test
    void crossAccountGrantBeforeCrossAccountSharingIsEnabledIsRefused() {
        assertThatThrownBy(() -> lakeFormation.grant(SOURCE, REGION, read(TEAM_ROLE_ARN, ORDERS)))
                .isInstanceOf(CloudRequestFailedException.class)
                .hasMessageContaining("CROSS_ACCOUNT_VERSION");
    }

    @Test
    void crossAccountGrantSendsAnInvitationThatAcceptPendingAccepts() {
        lakeFormation.enableCrossAccountSharing(SOURCE, REGION);
        lakeFormation.enableCrossAccountSharing(SOURCE, REGION);

        lakeFormation.grant(SOURCE, REGION, read(TEAM_ROLE_ARN, ORDERS));

        assertThat(cloud.invitations.status(SOURCE, TARGET, REGION)).contains(Status.PENDING);
        assertThat(cloud.invitations.acceptPending(TARGET, REGION, SOURCE)).isEqualTo(1);
        assertThat(cloud.invitations.status(SOURCE, TARGET, REGION)).contains(Status.ACCEPTED);
        assertThat(cloud.invitations.acceptPending(TARGET, REGION, SOURCE)).isZero();
    }

    @Test
    void grantToAnAccountIdOfAnotherAccountSendsAnInvitation() {
        lakeFormation.enableCrossAccountSharing(SOURCE, REGION);

        lakeFormation.grant(SOURCE, REGION, read(TARGET, ORDERS));

        assertThat(cloud.invitations.status(SOURCE, TARGET, REGION)).contains(Status.PENDING);
    }

    @Test
    void sameAccountGrantSendsNoInvitation() {
        lakeFormation.grant(SOURCE, REGION, read(SAME_ACCOUNT_ROLE_ARN, ORDERS));

        assertThat(cloud.invitations.acceptPending(SOURCE, REGION, SOURCE)).isZero();
    }

    @Test
    void acceptingOnlyAcceptsTheSendersInvitations() {
        lakeFormation.enableCrossAccountSharing(SOURCE, REGION);
        lakeFormation.grant(SOURCE, REGION, read(TEAM_ROLE_ARN, ORDERS));

        assertThat(cloud.invitations.acceptPending(TARGET, REGION, "999988887777")).isZero();
        assertThat(cloud.invitations.status(SOURCE, TARGET, REGION)).contains(Status.PENDING);
    }

    @Test
    void concurrentModificationIsAThrottleTheCallerRetries() {
        cloud.faults.inject(Operation.GRANT_PERMISSIONS, SOURCE, Kind.CONCURRENT_MODIFICATION, 1);

        assertThatThrownBy(() -> lakeFormation.grant(SOURCE, REGION, read(SAME_ACCOUNT_ROLE_ARN, ORDERS)))
                .isInstanceOf(CloudThrottledException.class)
                .hasMessageContaining("ConcurrentModificationException");
        lakeFormation.grant(SOURCE, REGION, read(SAME_ACCOUNT_ROLE_ARN, ORDERS));

        assertThat(lakeFormation.permissions(SOURCE, REGION, SAME_ACCOUNT_ROLE_ARN, ORDERS)).contains("SELECT");
    }

    @Test
    void injectedAccessDeniedRefusesTheRevoke() {
        cloud.faults.inject(Operation.REVOKE_PERMISSIONS, SOURCE, Kind.ACCESS_DENIED, 1);

        assertThatThrownBy(() -> lakeFormation.revoke(SOURCE, REGION, read(SAME_ACCOUNT_ROLE_ARN, ORDERS)))
                .isInstanceOf(CloudAccessDeniedException.class);
    }

    @Test
    void removingAllBehindTheBackLeavesNothingHeld() {
        lakeFormation.grant(SOURCE, REGION, read(SAME_ACCOUNT_ROLE_ARN, ORDERS));

        assertThat(lakeFormation.removeAll(SOURCE, REGION, DATABASE, TABLE, SAME_ACCOUNT_ROLE_ARN)).isEqualTo(2);

        assertThat(lakeFormation.permissions(SOURCE, REGION, SAME_ACCOUNT_ROLE_ARN, ORDERS)).isEmpty();
    }

    static Grant read(String principal, Resource resource) {
        return new Grant(principal, resource, List.of("DESCRIBE", "SELECT"), List.of());
    }
}
