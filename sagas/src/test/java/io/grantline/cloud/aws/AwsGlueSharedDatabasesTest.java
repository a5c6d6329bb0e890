package io.grantline.cloud.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static io.grantline.cloud.aws.AwsStubs.ACCOUNT;
import static io.grantline.cloud.aws.AwsStubs.REGION;
import static io.grantline.cloud.aws.DatasetStubs.GLUE;
import static io.grantline.cloud.aws.DatasetStubs.called;
import static io.grantline.cloud.aws.DatasetStubs.operation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grantline.cloud.CloudResourceNotFoundException;
import io.grantline.cloud.CloudThrottledException;
import io.grantline.cloud.GlueSharedDatabases.ResourceLink;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AwsGlueSharedDatabasesTest {

    static final String SOURCE_ACCOUNT = "444455556666";
    static final String SOURCE_DATABASE = "dataall_sales_abc123";
    static final String SHARED_DATABASE = "dataall_sales_abc123_shared";
    static final String LINK = "orders";

    final ShareStubs stubs = new ShareStubs();
    final AwsGlueSharedDatabases databases = new AwsGlueSharedDatabases(stubs.datasets.clients);

    @AfterEach
    void stop() {
        stubs.close();
    }

    @Test
    void sharedDatabaseIsCreatedInTheTargetCatalog() {
        stubs.datasets.answer(operation(GLUE + "CreateDatabase"), "{}");

        databases.ensureDatabase(ACCOUNT, REGION, SHARED_DATABASE, "Shared from dataset sales");

        stubs.aws.server.verify(called(GLUE + "CreateDatabase").withRequestBody(equalToJson("""
                {"CatalogId": "%s", "DatabaseInput": {"Name": "%s", "Description": "Shared from dataset sales"}}"""
                .formatted(ACCOUNT, SHARED_DATABASE))));
    }

    @Test
    void sharedDatabaseThatExistsIsKept() {
        stubs.datasets.fail(operation(GLUE + "CreateDatabase"), 400, "AlreadyExistsException",
                "Database already exists.");

        databases.ensureDatabase(ACCOUNT, REGION, SHARED_DATABASE, "Shared from dataset sales");

        stubs.aws.server.verify(1, called(GLUE + "CreateDatabase"));
    }

    @Test
    void sharedDatabaseIsDeletedByName() {
        stubs.datasets.answer(operation(GLUE + "DeleteDatabase"), "{}");

        databases.deleteDatabase(ACCOUNT, REGION, SHARED_DATABASE);

        stubs.aws.server.verify(called(GLUE + "DeleteDatabase").withRequestBody(equalToJson("""
                {"CatalogId": "%s", "Name": "%s"}""".formatted(ACCOUNT, SHARED_DATABASE))));
    }

    @Test
    void deletingADatabaseThatIsGoneSucceeds() {
        stubs.datasets.fail(operation(GLUE + "DeleteDatabase"), 400, "EntityNotFoundException",
                "Database " + SHARED_DATABASE + " not found.");

        databases.deleteDatabase(ACCOUNT, REGION, SHARED_DATABASE);

        stubs.aws.server.verify(1, called(GLUE + "DeleteDatabase"));
    }

    @Test
    void resourceLinkIsATableInputNamingItsTargetTable() {
        stubs.datasets.answer(operation(GLUE + "CreateTable"), "{}");

        databases.ensureResourceLink(ACCOUNT, REGION, SHARED_DATABASE, LINK, SOURCE_ACCOUNT, SOURCE_DATABASE,
                "orders");

        stubs.aws.server.verify(called(GLUE + "CreateTable").withRequestBody(equalToJson("""
                {"CatalogId": "%s", "DatabaseName": "%s",
                 "TableInput": {"Name": "%s",
                   "TargetTable": {"CatalogId": "%s", "DatabaseName": "%s", "Name": "orders"}}}"""
                .formatted(ACCOUNT, SHARED_DATABASE, LINK, SOURCE_ACCOUNT, SOURCE_DATABASE))));
    }

    @Test
    void resourceLinkThatExistsIsKept() {
        stubs.datasets.fail(operation(GLUE + "CreateTable"), 400, "AlreadyExistsException", "Table already exists.");

        databases.ensureResourceLink(ACCOUNT, REGION, SHARED_DATABASE, LINK, SOURCE_ACCOUNT, SOURCE_DATABASE,
                "orders");

        stubs.aws.server.verify(1, called(GLUE + "CreateTable"));
    }

    @Test
    void resourceLinkToATableNotSharedWithTheAccountIsNotFound() {
        stubs.datasets.fail(operation(GLUE + "CreateTable"), 400, "EntityNotFoundException",
                "Target table orders not found.");

        assertThatThrownBy(() -> databases.ensureResourceLink(ACCOUNT, REGION, SHARED_DATABASE, LINK,
                SOURCE_ACCOUNT, SOURCE_DATABASE, "orders"))
                .isInstanceOf(CloudResourceNotFoundException.class)
                .hasMessageContaining("glue:CreateTable " + SHARED_DATABASE + "." + LINK);
    }

    @Test
    void resourceLinkIsReadWithItsTarget() {
        stubs.datasets.answer(operation(GLUE + "GetTable").withRequestBody(equalToJson("""
                {"CatalogId": "%s", "DatabaseName": "%s", "Name": "%s"}""".formatted(ACCOUNT, SHARED_DATABASE,
                LINK))), """
                {"Table": {"Name": "%s", "DatabaseName": "%s", "CatalogId": "%s",
                  "TargetTable": {"CatalogId": "%s", "DatabaseName": "%s", "Name": "orders", "Region": "%s"}}}"""
                .formatted(LINK, SHARED_DATABASE, ACCOUNT, SOURCE_ACCOUNT, SOURCE_DATABASE, REGION));

        assertThat(databases.resourceLink(ACCOUNT, REGION, SHARED_DATABASE, LINK)).contains(new ResourceLink(
                SHARED_DATABASE, LINK, SOURCE_ACCOUNT, SOURCE_DATABASE, "orders"));
    }

    @Test
    void tableThatIsNoResourceLinkIsNoResourceLink() {
        stubs.datasets.answer(operation(GLUE + "GetTable"), """
                {"Table": {"Name": "%s", "DatabaseName": "%s",
                  "StorageDescriptor": {"Location": "s3://bucket/orders/"}}}""".formatted(LINK, SHARED_DATABASE));

        assertThat(databases.resourceLink(ACCOUNT, REGION, SHARED_DATABASE, LINK)).isEqualTo(Optional.empty());
    }

    @Test
    void resourceLinkGlueDoesNotHaveIsAbsent() {
        stubs.datasets.fail(operation(GLUE + "GetTable"), 400, "EntityNotFoundException", "Table orders not found.");

        assertThat(databases.resourceLink(ACCOUNT, REGION, SHARED_DATABASE, LINK)).isEqualTo(Optional.empty());
    }

    @Test
    void tableIsDeletedByName() {
        stubs.datasets.answer(operation(GLUE + "DeleteTable"), "{}");

        databases.deleteTable(ACCOUNT, REGION, SHARED_DATABASE, LINK);

        stubs.aws.server.verify(called(GLUE + "DeleteTable").withRequestBody(equalToJson("""
                {"CatalogId": "%s", "DatabaseName": "%s", "Name": "%s"}""".formatted(ACCOUNT, SHARED_DATABASE,
                LINK))));
    }

    @Test
    void deletingATableThatIsGoneSucceeds() {
        stubs.datasets.fail(operation(GLUE + "DeleteTable"), 400, "EntityNotFoundException",
                "Table orders not found.");

        databases.deleteTable(ACCOUNT, REGION, SHARED_DATABASE, LINK);

        stubs.aws.server.verify(1, called(GLUE + "DeleteTable"));
    }

    @Test
    void tableNamesAreReadAcrossPages() {
        stubs.datasets.answer(operation(GLUE + "GetTables").withRequestBody(notContaining("NextToken")), """
                {"TableList": [{"Name": "orders"}], "NextToken": "page-2"}""");
        stubs.datasets.answer(operation(GLUE + "GetTables").withRequestBody(matchingJsonPath("$.NextToken",
                equalTo("page-2"))), """
                {"TableList": [{"Name": "customers"}]}""");

        assertThat(databases.tableNames(ACCOUNT, REGION, SHARED_DATABASE)).containsExactly("orders", "customers");
    }

    @Test
    void databaseThatDoesNotExistHasNoTables() {
        stubs.datasets.fail(operation(GLUE + "GetTables"), 400, "EntityNotFoundException",
                "Database " + SHARED_DATABASE + " not found.");

        assertThat(databases.tableNames(ACCOUNT, REGION, SHARED_DATABASE)).isEqualTo(List.of());
    }

    @Test
    void throttledGlueIsThrottled() {
        stubs.datasets.fail(operation(GLUE + "CreateDatabase"), 400, "ThrottlingException", "Rate exceeded");

        assertThatThrownBy(() -> databases.ensureDatabase(ACCOUNT, REGION, SHARED_DATABASE, "Shared"))
                .isInstanceOf(CloudThrottledException.class)
                .hasMessageContaining("glue:CreateDatabase " + SHARED_DATABASE);
    }
}
