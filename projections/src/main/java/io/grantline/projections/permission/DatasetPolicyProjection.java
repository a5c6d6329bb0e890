package io.grantline.projections.permission;

import static io.grantline.projections.jooq.Tables.DATASET;
import static io.grantline.projections.jooq.Tables.DATASET_STORAGE_LOCATION;
import static io.grantline.projections.jooq.Tables.DATASET_TABLE;
import static io.grantline.projections.jooq.Tables.RESOURCE_POLICY;

import io.grantline.api.dataset.DatasetEvents.DatasetCreated;
import io.grantline.api.dataset.DatasetEvents.DatasetDeleted;
import io.grantline.api.dataset.DatasetEvents.DatasetStorageLocationCreated;
import io.grantline.api.dataset.DatasetEvents.DatasetStorageLocationDeleted;
import io.grantline.api.dataset.DatasetEvents.DatasetTableAdded;
import io.grantline.api.dataset.DatasetEvents.DatasetTableRemoved;
import io.grantline.api.dataset.DatasetEvents.DatasetUpdated;
import io.grantline.api.permission.DatasetPermissions;
import io.grantline.projections.support.ReadModel;
import java.util.List;
import java.util.Objects;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Resource policies on datasets, their tables and folders, as data.all grants them: the owner team and the
 * environment admin team hold DATASET_ALL, DATASET_TABLE_ALL on each table and DATASET_FOLDER_READ on each folder;
 * the stewards DATASET_READ, DATASET_TABLE_READ and DATASET_FOLDER_READ. Deleting revokes them all.
 * Runs before the dataset projections of the same event (Order), so a deleted dataset's tables and folders are
 * still there to find.
 */
@Component
@ProcessingGroup(ReadModel.PROCESSING_GROUP)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DatasetPolicyProjection {

    static final String DATASET_TYPE = "Dataset";
    static final String TABLE_TYPE = "DatasetTable";
    static final String FOLDER_TYPE = "DatasetStorageLocation";

    private final ResourcePolicies policies;
    private final DSLContext db;

    public DatasetPolicyProjection(ResourcePolicies policies, DSLContext db) {
        this.policies = policies;
        this.db = db;
    }

    /** The dataset's teams as the read model holds them; stewards may be null. */
    private record Teams(String owner, String environmentAdmin, String stewards) {

        List<String> admins() {
            return List.of(owner, environmentAdmin);
        }

        boolean isAdmin(String group) {
            return owner.equals(group) || environmentAdmin.equals(group);
        }
    }

    @EventHandler
    void on(DatasetCreated event) {
        Teams teams = new Teams(event.samlAdminGroupName(), event.environmentAdminGroup(), event.stewards());
        for (String admin : teams.admins()) {
            policies.grant(event.datasetUri(), DATASET_TYPE, admin, DatasetPermissions.DATASET_ALL);
        }
        if (present(teams.stewards())) {
            policies.grant(event.datasetUri(), DATASET_TYPE, teams.stewards(), DatasetPermissions.DATASET_READ);
        }
    }

    /** New stewards take over the previous ones' grants on the dataset, its tables and folders. */
    @EventHandler
    void on(DatasetUpdated event) {
        if (Objects.equals(event.previousStewards(), event.stewards())) {
            return;
        }
        Teams teams = teams(event.datasetUri());
        if (teams == null) {
            return;
        }
        List<String> tables = tableUris(event.datasetUri());
        List<String> folders = folderUris(event.datasetUri());
        String previous = event.previousStewards();
        if (present(previous) && !teams.isAdmin(previous)) {
            policies.revoke(event.datasetUri(), previous, DatasetPermissions.DATASET_READ);
            tables.forEach(table -> policies.revoke(table, previous, DatasetPermissions.DATASET_TABLE_READ));
            folders.forEach(folder -> policies.revoke(folder, previous, DatasetPermissions.DATASET_FOLDER_READ));
        }
        String stewards = event.stewards();
        if (present(stewards)) {
            policies.grant(event.datasetUri(), DATASET_TYPE, stewards, DatasetPermissions.DATASET_READ);
            tables.forEach(table -> policies.grant(table, TABLE_TYPE, stewards,
                    DatasetPermissions.DATASET_TABLE_READ));
            folders.forEach(folder -> policies.grant(folder, FOLDER_TYPE, stewards,
                    DatasetPermissions.DATASET_FOLDER_READ));
        }
    }

    @EventHandler
    void on(DatasetTableAdded event) {
        Teams teams = teams(event.datasetUri());
        if (teams == null) {
            return;
        }
        for (String admin : teams.admins()) {
            policies.grant(event.tableUri(), TABLE_TYPE, admin, DatasetPermissions.DATASET_TABLE_ALL);
        }
        if (present(teams.stewards())) {
            policies.grant(event.tableUri(), TABLE_TYPE, teams.stewards(), DatasetPermissions.DATASET_TABLE_READ);
        }
    }

    @EventHandler
    void on(DatasetTableRemoved event) {
        policies.revokeEveryone(event.tableUri());
    }

    @EventHandler
    void on(DatasetStorageLocationCreated event) {
        Teams teams = teams(event.datasetUri());
        if (teams == null) {
            return;
        }
        for (String admin : teams.admins()) {
            policies.grant(event.locationUri(), FOLDER_TYPE, admin, DatasetPermissions.DATASET_FOLDER_READ);
        }
        if (present(teams.stewards())) {
            policies.grant(event.locationUri(), FOLDER_TYPE, teams.stewards(),
                    DatasetPermissions.DATASET_FOLDER_READ);
        }
    }

    @EventHandler
    void on(DatasetStorageLocationDeleted event) {
        policies.revokeEveryone(event.locationUri());
    }

    @EventHandler
    void on(DatasetDeleted event) {
        db.deleteFrom(RESOURCE_POLICY)
                .where(RESOURCE_POLICY.RESOURCE_URI.in(db.select(DATASET_TABLE.TABLE_URI).from(DATASET_TABLE)
                                .where(DATASET_TABLE.DATASET_URI.eq(event.datasetUri())))
                        .or(RESOURCE_POLICY.RESOURCE_URI.in(db.select(DATASET_STORAGE_LOCATION.LOCATION_URI)
                                .from(DATASET_STORAGE_LOCATION)
                                .where(DATASET_STORAGE_LOCATION.DATASET_URI.eq(event.datasetUri())))))
                .execute();
        policies.revokeEveryone(event.datasetUri());
    }

    @ResetHandler
    void reset() {
        policies.reset();
    }

    private Teams teams(String datasetUri) {
        Record3<String, String, String> row = db.select(DATASET.SAML_ADMIN_GROUP_NAME,
                        DATASET.ENVIRONMENT_ADMIN_GROUP, DATASET.STEWARDS)
                .from(DATASET)
                .where(DATASET.DATASET_URI.eq(datasetUri))
                .fetchOne();
        return row == null ? null : new Teams(row.value1(), row.value2(), row.value3());
    }

    private List<String> tableUris(String datasetUri) {
        return db.select(DATASET_TABLE.TABLE_URI).from(DATASET_TABLE)
                .where(DATASET_TABLE.DATASET_URI.eq(datasetUri))
                .fetch(DATASET_TABLE.TABLE_URI);
    }

    private List<String> folderUris(String datasetUri) {
        return db.select(DATASET_STORAGE_LOCATION.LOCATION_URI).from(DATASET_STORAGE_LOCATION)
                .where(DATASET_STORAGE_LOCATION.DATASET_URI.eq(datasetUri))
                .fetch(DATASET_STORAGE_LOCATION.LOCATION_URI);
    }

    private static boolean present(String group) {
        return group != null && !group.isBlank();
    }
}
