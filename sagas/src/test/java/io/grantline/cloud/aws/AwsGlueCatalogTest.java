package io.grantline.cloud.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static io.grantline.cloud.aws.AwsStubs.ACCOUNT;
import static io.grantline.cloud.aws.AwsStubs.REGION;
import static io.grantline.cloud.aws.AwsStubs.action;
import static io.grantline.cloud.aws.DatasetStubs.GLUE;
import static io.grantline.cloud.aws.DatasetStubs.called;
import static io.grantline.cloud.aws.DatasetStubs.operation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grantline.api.dataset.CatalogTable;
import io.grantline.api.dataset.CatalogTable.CatalogColumn;
import io.grantline.cloud.CloudAccessDeniedException;
import io.grantline.cloud.CloudResourceNotFoundException;
import io.grantline.cloud.CloudThrottledException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AwsGlueCatalogTest {

    static final String DATABASE = "dataall_sales_abc123";
    static final String ORDERS = """
            {"Name": "orders", "DatabaseName": "%s", "CatalogId": "%s", "Owner": "owner",
             "CreateTime": 1.7648928E9, "UpdateTime": 1.7648928E9, "CreatedBy": "arn:aws:sts::%s:assumed-role/crawler",
             "IsRegisteredWithLakeFormation": false, "VersionId": "7", "TableType": "EXTERNAL_TABLE",
             "Parameters": {"classification": "csv"},
             "StorageDescriptor": {
               "Columns": [{"Name": "id", "Type": "bigint"}, {"Name": "amount", "Type": "double", "Comment": "EUR"}],
               "Location": "s3://dataall-sales-abc123/orders/",
               "InputFormat": "org.apache.hadoop.mapred.TextInputFormat",
               "SerdeInfo": {"SerializationLibrary": "org.apache.hadoop.hive.serde2.lazy.LazySimpleSerDe"}},
             "PartitionKeys": [{"Name": "year", "Type": "string"}, {"Name": "month", "Type": "string"}]}"""
            .formatted(DATABASE, ACCOUNT, ACCOUNT);
    static final String CUSTOMERS = """
            {"Name": "customers", "DatabaseName": "%s",
             "StorageDescriptor": {"Columns": [{"Name": "name", "Type": "string"}],
                                   "Location": "s3://dataall-sales-abc123/customers/"}}""".formatted(DATABASE);

    final DatasetStubs stubs = new DatasetStubs();
    final AwsGlueCatalog catalog = new AwsGlueCatalog(stubs.clients);

    @AfterEach
    void stop() {
        stubs.close();
    }

    @Test
    void databaseGlueDescribesExists() {
        stubs.answer(operation(GLUE + "GetDatabase").withRequestBody(equalToJson("""
                {"CatalogId": "%s", "Name": "%s"}""".formatted(ACCOUNT, DATABASE))), """
                {"Database": {"Name": "%s", "CatalogId": "%s"}}""".formatted(DATABASE, ACCOUNT));

        assertThat(catalog.databaseExists(ACCOUNT, REGION, DATABASE)).isTrue();
    }

    @Test
    void databaseGlueDoesNotKnowDoesNotExist() {
        stubs.fail(operation(GLUE + "GetDatabase"), 400, "EntityNotFoundException",
                "Database " + DATABASE + " not found.");

        assertThat(catalog.databaseExists(ACCOUNT, REGION, DATABASE)).isFalse();
    }

    @Test
    void tablesAreReadAcrossPages() {
        stubs.answer(operation(GLUE + "GetTables").withRequestBody(notContaining("NextToken")), """
                {"TableList": [%s], "NextToken": "page-2"}""".formatted(ORDERS));
        stubs.answer(operation(GLUE + "GetTables").withRequestBody(matchingJsonPath("$.NextToken",
                equalTo("page-2"))), """
                {"TableList": [%s]}""".formatted(CUSTOMERS));

        assertThat(catalog.tables(ACCOUNT, REGION, DATABASE)).extracting(CatalogTable::name)
                .containsExactly("orders", "customers");
    }

    @Test
    void tableHasItsLocationPropertiesAndColumnsThenPartitionKeysNumberedFromZero() {
        stubs.answer(operation(GLUE + "GetTables"), """
                {"TableList": [%s]}""".formatted(ORDERS));

        CatalogTable orders = catalog.tables(ACCOUNT, REGION, DATABASE).get(0);

        assertThat(orders.location()).isEqualTo("s3://dataall-sales-abc123/orders/");
        assertThat(orders.properties()).isEqualTo(Map.of("classification", "csv"));
        assertThat(orders.columns()).containsExactly(
                new CatalogColumn("id", "bigint", null, "column"),
                new CatalogColumn("amount", "double", "EUR", "column"),
                new CatalogColumn("year", "string", null, "partition_0"),
                new CatalogColumn("month", "string", null, "partition_1"));
    }

    @Test
    void tablesOfADatabaseGlueDoesNotKnowAreNotFound() {
        stubs.fail(operation(GLUE + "GetTables"), 400, "EntityNotFoundException",
                "Database " + DATABASE + " not found.");

        assertThatThrownBy(() -> catalog.tables(ACCOUNT, REGION, DATABASE))
                .isInstanceOf(CloudResourceNotFoundException.class)
                .hasMessageContaining("glue:GetTables " + DATABASE);
    }

    @Test
    void tableIsReadByName() {
        stubs.answer(operation(GLUE + "GetTable").withRequestBody(equalToJson("""
                {"CatalogId": "%s", "DatabaseName": "%s", "Name": "customers"}""".formatted(ACCOUNT, DATABASE))),
                """
                {"Table": %s}""".formatted(CUSTOMERS));

        assertThat(catalog.table(ACCOUNT, REGION, DATABASE, "customers")).map(CatalogTable::columns)
                .contains(List.of(new CatalogColumn("name", "string", null, "column")));
    }

    @Test
    void tableGlueDoesNotHaveIsAbsent() {
        stubs.fail(operation(GLUE + "GetTable"), 400, "EntityNotFoundException", "Table customers not found.");

        assertThat(catalog.table(ACCOUNT, REGION, DATABASE, "customers")).isEqualTo(Optional.empty());
    }

    @Test
    void columnCommentIsWrittenBackWithTheRestOfTheTableAsItWas() {
        stubs.answer(operation(GLUE + "GetTable"), """
                {"Table": %s}""".formatted(ORDERS));
        stubs.answer(operation(GLUE + "UpdateTable"), "{}");

        catalog.updateColumnComment(ACCOUNT, REGION, DATABASE, "orders", "id", "Order number");

        stubs.aws.server.verify(called(GLUE + "UpdateTable").withRequestBody(equalToJson("""
                {"CatalogId": "%s", "DatabaseName": "%s", "VersionId": "7",
                 "TableInput": {"Name": "orders", "Owner": "owner", "TableType": "EXTERNAL_TABLE",
                   "Parameters": {"classification": "csv"},
                   "StorageDescriptor": {
                     "Columns": [{"Name": "id", "Type": "bigint", "Comment": "Order number"},
                                 {"Name": "amount", "Type": "double", "Comment": "EUR"}],
                     "Location": "s3://dataall-sales-abc123/orders/",
                     "InputFormat": "org.apache.hadoop.mapred.TextInputFormat",
                     "SerdeInfo": {"SerializationLibrary": "org.apache.hadoop.hive.serde2.lazy.LazySimpleSerDe"}},
                   "PartitionKeys": [{"Name": "year", "Type": "string"}, {"Name": "month", "Type": "string"}]}}"""
                .formatted(ACCOUNT, DATABASE))));
    }

    @Test
    void partitionKeyCommentIsWrittenBackOnThePartitionKey() {
        stubs.answer(operation(GLUE + "GetTable"), """
                {"Table": %s}""".formatted(ORDERS));
        stubs.answer(operation(GLUE + "UpdateTable"), "{}");

        catalog.updateColumnComment(ACCOUNT, REGION, DATABASE, "orders", "year", "Order year");

        stubs.aws.server.verify(called(GLUE + "UpdateTable").withRequestBody(matchingJsonPath(
                "$.TableInput.PartitionKeys[0].Comment", equalTo("Order year"))));
    }

    @Test
    void commentOfAColumnTheTableDoesNotHaveIsNotFound() {
        stubs.answer(operation(GLUE + "GetTable"), """
                {"Table": %s}""".formatted(ORDERS));

        assertThatThrownBy(() -> catalog.updateColumnComment(ACCOUNT, REGION, DATABASE, "orders", "price", "x"))
                .isInstanceOf(CloudResourceNotFoundException.class)
                .hasMessageContaining("price");
        stubs.aws.server.verify(0, called(GLUE + "UpdateTable"));
    }

    @Test
    void tableChangedSinceItWasReadIsRetriable() {
        stubs.answer(operation(GLUE + "GetTable"), """
                {"Table": %s}""".formatted(ORDERS));
        stubs.fail(operation(GLUE + "UpdateTable"), 400, "ConcurrentModificationException",
                "Update table failed due to concurrent modifications.");

        assertThatThrownBy(() -> catalog.updateColumnComment(ACCOUNT, REGION, DATABASE, "orders", "id", "x"))
                .isInstanceOf(CloudThrottledException.class);
    }

    @Test
    void throttledGlueIsThrottled() {
        stubs.fail(operation(GLUE + "GetTables"), 400, "ThrottlingException", "Rate exceeded");

        assertThatThrownBy(() -> catalog.tables(ACCOUNT, REGION, DATABASE))
                .isInstanceOf(CloudThrottledException.class)
                .hasMessageContaining("Rate exceeded");
    }

    @Test
    void glueRefusingThePivotRoleIsAccessDenied() {
        stubs.fail(operation(GLUE + "GetTables"), 400, "AccessDeniedException",
                "Insufficient Lake Formation permission(s) on " + DATABASE);

        assertThatThrownBy(() -> catalog.tables(ACCOUNT, REGION, DATABASE))
                .isInstanceOf(CloudAccessDeniedException.class)
                .hasMessageContaining("Insufficient Lake Formation permission(s)");
    }

    @Test
    void catalogIsReadAsThePivotRole() {
        stubs.aws.server.resetMappings();
        stubs.aws.fail(action("AssumeRole"), 403, "AccessDenied", "not authorized to perform: sts:AssumeRole");

        assertThatThrownBy(() -> catalog.databaseExists(ACCOUNT, REGION, DATABASE))
                .isInstanceOf(CloudAccessDeniedException.class);
    }
}
