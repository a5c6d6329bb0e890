package io.grantline.command.dataset;

import io.grantline.api.Actor;
import io.grantline.api.dataset.CatalogTable;
import io.grantline.api.dataset.CatalogTable.CatalogColumn;
import io.grantline.api.dataset.DatasetCommands.CreateDataset;
import io.grantline.api.dataset.DatasetCommands.ImportedResources;
import io.grantline.api.dataset.DatasetCommands.UpdateDataset;
import io.grantline.api.dataset.DatasetEvents.DatasetCreated;
import io.grantline.api.dataset.DatasetEvents.DatasetDeleted;
import io.grantline.api.dataset.DatasetEvents.DatasetStackDeploymentRequested;
import io.grantline.api.dataset.DatasetEvents.DatasetTableAdded;
import io.grantline.api.dataset.DatasetEvents.TableDataFilterCreated;
import io.grantline.api.dataset.DatasetResources;
import io.grantline.api.dataset.TableColumn;
import java.util.List;
import java.util.Map;

/** The dataset the aggregate tests start from, with one table, and the commands and events around it. */
final class DatasetSamples {

    static final String URI = "dsuri001";
    static final String ORG = "orguri01";
    static final String ENV = "envuri01";
    static final String ACCOUNT = "111122223333";
    static final String REGION = "eu-west-1";
    static final String OWNERS = "DataOwners";
    static final String STEWARDS = "DataStewards";
    static final String ENV_ADMINS = "EnvAdmins";
    static final String STACK = "stackur1";
    static final String STACK_NAME = "dataall-dataset-dsuri001";
    static final Actor ALICE = new Actor("alice", List.of(OWNERS));

    static final String BUCKET = "dataall-sales-data-dsuri001";
    static final String GLUE_DATABASE = "dataall_sales_data_dsuri001";
    static final String ROLE = "dataall-sales-data-dsuri001";
    static final String ROLE_ARN = "arn:aws:iam::111122223333:role/dataall-sales-data-dsuri001";
    static final String CRAWLER = "dataall-sales-data-dsuri001-crawler";
    static final String PROFILER = "dataall-sales-data-dsuri001-profiler";
    static final DatasetResources RESOURCES = new DatasetResources(BUCKET, BUCKET, GLUE_DATABASE, ROLE, ROLE_ARN,
            CRAWLER, PROFILER, false, false, false, false);

    static final String TABLE_URI = "tblorder";
    static final String TABLE = "orders";
    static final String TABLE_LOCATION = "s3://dataall-sales-data-dsuri001/orders/";
    static final Map<String, String> TABLE_PROPERTIES = Map.of("classification", "csv");
    static final String COL_ID = "colid001";
    static final String COL_AMOUNT = "colamt01";
    static final String COL_DT = "coldt001";
    static final String DEFAULT_DESCRIPTION = "No description provided";

    private DatasetSamples() {
    }

    static CreateDataset create() {
        return new CreateDataset(URI, ORG, ENV, ACCOUNT, REGION, "dataall", ENV_ADMINS, "Sales Data",
                "Sales of every shop", OWNERS, STEWARDS, List.of("sales"), List.of("Sales"), "Official", "English",
                true, "owner@example.com", List.of("delegate@example.com"), false, null, null, null, null, ALICE);
    }

    static CreateDataset importing(ImportedResources imported) {
        return new CreateDataset(URI, ORG, ENV, ACCOUNT, REGION, "dataall", ENV_ADMINS, "Sales Data",
                "Sales of every shop", OWNERS, STEWARDS, List.of("sales"), List.of("Sales"), "Official", "English",
                true, "owner@example.com", List.of("delegate@example.com"), false, null, null, null, imported, ALICE);
    }

    static DatasetCreated created() {
        return created(RESOURCES, false);
    }

    static DatasetCreated created(DatasetResources resources, boolean imported) {
        return new DatasetCreated(URI, ORG, ENV, ACCOUNT, REGION, "Sales Data", "sales-data", "Sales of every shop",
                OWNERS, ENV_ADMINS, "alice", STEWARDS, List.of("sales"), List.of("Sales"), "Official", "English",
                true, "owner@example.com", List.of("delegate@example.com"), false, null, null, null, imported,
                resources, STACK, null, STACK_NAME);
    }

    static DatasetResources importedResources(String bucket, String kmsAlias) {
        return new DatasetResources(bucket, kmsAlias, GLUE_DATABASE, ROLE, ROLE_ARN, CRAWLER, PROFILER, true,
                kmsAlias != null, false, false);
    }

    static DatasetStackDeploymentRequested deploymentRequested(String reason) {
        return deploymentRequested(reason, null);
    }

    static DatasetStackDeploymentRequested deploymentRequested(String reason, String deploymentId) {
        return new DatasetStackDeploymentRequested(URI, ENV, STACK, deploymentId, reason, null);
    }

    static UpdateDataset update() {
        return new UpdateDataset(URI, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, ALICE);
    }

    static DatasetDeleted deleted() {
        return new DatasetDeleted(URI, ENV, true, RESOURCES, null);
    }

    static CatalogTable catalogOrders() {
        return new CatalogTable(TABLE, TABLE_LOCATION, TABLE_PROPERTIES, List.of(
                new CatalogColumn("id", "bigint", null, "column"),
                new CatalogColumn("amount", "double", "", "column"),
                new CatalogColumn("dt", "string", null, "partition_0")));
    }

    static List<TableColumn> orderColumns() {
        return List.of(new TableColumn(COL_ID, "id", "bigint", "column", 0, DEFAULT_DESCRIPTION),
                new TableColumn(COL_AMOUNT, "amount", "double", "column", 1, DEFAULT_DESCRIPTION),
                new TableColumn(COL_DT, "dt", "string", "partition_0", 2, DEFAULT_DESCRIPTION));
    }

    static DatasetTableAdded ordersAdded() {
        return new DatasetTableAdded(URI, TABLE_URI, TABLE, TABLE, GLUE_DATABASE, TABLE_LOCATION, TABLE_PROPERTIES,
                orderColumns(), "alice", null);
    }

    static TableDataFilterCreated rowFilterCreated(String filterUri, String name) {
        return new TableDataFilterCreated(URI, TABLE_URI, filterUri, name, name.replace('_', '-'), "ROW", List.of(),
                "amount > 10", null, "alice", null);
    }
}
