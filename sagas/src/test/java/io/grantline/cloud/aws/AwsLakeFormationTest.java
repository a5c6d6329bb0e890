package io.grantline.cloud.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static io.grantline.cloud.aws.AwsStubs.ACCOUNT;
import static io.grantline.cloud.aws.AwsStubs.REGION;
import static io.grantline.cloud.aws.ShareStubs.calledAt;
import static io.grantline.cloud.aws.ShareStubs.restJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grantline.cloud.CloudRequestFailedException;
import io.grantline.cloud.CloudResourceNotFoundException;
import io.grantline.cloud.CloudThrottledException;
import io.grantline.cloud.LakeFormation.Grant;
import io.grantline.cloud.LakeFormation.Resource;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AwsLakeFormationTest {

    static final String SOURCE_ACCOUNT = "444455556666";
    static final String DATABASE = "dataall_sales_abc123";
    static final String CONSUMER_ROLE = "arn:aws:iam::" + ACCOUNT + ":role/analytics-consumer";
    static final Resource ORDERS = Resource.table(SOURCE_ACCOUNT, DATABASE, "orders");
    static final Grant READ_ORDERS = new Grant(CONSUMER_ROLE, ORDERS, List.of("SELECT", "DESCRIBE"), List.of());

    final ShareStubs stubs = new ShareStubs();
    final AwsLakeFormation lakeFormation = new AwsLakeFormation(stubs.clients);

    @AfterEach
    void stop() {
        stubs.close();
    }

    @Test
    void grantOnATableNamesThePrincipalTheTableAndThePermissions() {
        stubs.answer(restJson("/GrantPermissions"), "{}");

        lakeFormation.grant(ACCOUNT, REGION, READ_ORDERS);

        stubs.aws.server.verify(calledAt("/GrantPermissions").withRequestBody(equalToJson("""
                {"CatalogId": "%s",
                 "Principal": {"DataLakePrincipalIdentifier": "%s"},
                 "Resource": {"Table": {"CatalogId": "%s", "DatabaseName": "%s", "Name": "orders"}},
                 "Permissions": ["SELECT", "DESCRIBE"]}""".formatted(ACCOUNT, CONSUMER_ROLE, SOURCE_ACCOUNT,
                DATABASE))));
    }

    @Test
    void grantOnADatabaseWithGrantOptionNamesTheDatabase() {
        stubs.answer(restJson("/GrantPermissions"), "{}");

        lakeFormation.grant(SOURCE_ACCOUNT, REGION, new Grant(ACCOUNT, Resource.database(SOURCE_ACCOUNT, DATABASE),
                List.of("DESCRIBE"), List.of("DESCRIBE")));

        stubs.aws.server.verify(calledAt("/GrantPermissions").withRequestBody(equalToJson("""
                {"CatalogId": "%s",
                 "Principal": {"DataLakePrincipalIdentifier": "%s"},
                 "Resource": {"Database": {"CatalogId": "%s", "Name": "%s"}},
                 "Permissions": ["DESCRIBE"], "PermissionsWithGrantOption": ["DESCRIBE"]}""".formatted(
                SOURCE_ACCOUNT, ACCOUNT, SOURCE_ACCOUNT, DATABASE))));
    }

    @Test
    void grantOnADataCellsFilterNamesTheFilterOfTheTable() {
        stubs.answer(restJson("/GrantPermissions"), "{}");

        lakeFormation.grant(ACCOUNT, REGION, new Grant(CONSUMER_ROLE,
                Resource.dataCellsFilter(SOURCE_ACCOUNT, DATABASE, "orders", "eu_only"), List.of("SELECT"), null));

        stubs.aws.server.verify(calledAt("/GrantPermissions").withRequestBody(equalToJson("""
                {"CatalogId": "%s",
                 "Principal": {"DataLakePrincipalIdentifier": "%s"},
                 "Resource": {"DataCellsFilter": {"TableCatalogId": "%s", "DatabaseName": "%s",
                                                  "TableName": "orders", "Name": "eu_only"}},
                 "Permissions": ["SELECT"]}""".formatted(ACCOUNT, CONSUMER_ROLE, SOURCE_ACCOUNT, DATABASE))));
    }

    @Test
    void grantThePrincipalHoldsAlreadySucceeds() {
        stubs.fail(restJson("/GrantPermissions"), 400, "AlreadyExistsException", "Permissions already granted");

        lakeFormation.grant(ACCOUNT, REGION, READ_ORDERS);

        stubs.aws.server.verify(1, calledAt("/GrantPermissions"));
    }

    @Test
    void grantOnATableTheCatalogLacksIsNotFound() {
        stubs.fail(restJson("/GrantPermissions"), 400, "EntityNotFoundException", "Table orders not found.");

        assertThatThrownBy(() -> lakeFormation.grant(ACCOUNT, REGION, READ_ORDERS))
                .isInstanceOf(CloudResourceNotFoundException.class)
                .hasMessageContaining("lakeformation:GrantPermissions")
                .hasMessageContaining(DATABASE + ".orders");
    }

    @Test
    void concurrentModificationOfTheCatalogIsThrottled() {
        stubs.fail(restJson("/GrantPermissions"), 400, "ConcurrentModificationException",
                "Concurrent modification of the resource, please retry.");

        assertThatThrownBy(() -> lakeFormation.grant(ACCOUNT, REGION, READ_ORDERS))
                .isInstanceOf(CloudThrottledException.class);
    }

    @Test
    void throttledLakeFormationIsThrottled() {
        stubs.fail(restJson("/GrantPermissions"), 400, "ThrottledException", "Rate exceeded");

        assertThatThrownBy(() -> lakeFormation.grant(ACCOUNT, REGION, READ_ORDERS))
                .isInstanceOf(CloudThrottledException.class)
                .hasMessageContaining("Rate exceeded");
    }

    @Test
    void revokeNamesThePrincipalTheTableAndThePermissions() {
        stubs.answer(restJson("/RevokePermissions"), "{}");

        lakeFormation.revoke(ACCOUNT, REGION, READ_ORDERS);

        stubs.aws.server.verify(calledAt("/RevokePermissions").withRequestBody(equalToJson("""
                {"CatalogId": "%s",
                 "Principal": {"DataLakePrincipalIdentifier": "%s"},
                 "Resource": {"Table": {"CatalogId": "%s", "DatabaseName": "%s", "Name": "orders"}},
                 "Permissions": ["SELECT", "DESCRIBE"]}""".formatted(ACCOUNT, CONSUMER_ROLE, SOURCE_ACCOUNT,
                DATABASE))));
    }

    @Test
    void revokingWhatThePrincipalDoesNotHoldSucceeds() {
        stubs.fail(restJson("/RevokePermissions"), 400, "InvalidInputException",
                "Grantee has no permissions and no grantable permissions on resource");

        lakeFormation.revoke(ACCOUNT, REGION, READ_ORDERS);

        stubs.aws.server.verify(1, calledAt("/RevokePermissions"));
    }

    @Test
    void revokingFromATableThatIsGoneSucceeds() {
        stubs.fail(restJson("/RevokePermissions"), 400, "EntityNotFoundException", "Table orders not found.");

        lakeFormation.revoke(ACCOUNT, REGION, READ_ORDERS);

        stubs.aws.server.verify(1, calledAt("/RevokePermissions"));
    }

    @Test
    void revokeLakeFormationFindsInvalidFails() {
        stubs.fail(restJson("/RevokePermissions"), 400, "InvalidInputException", "Permissions list is empty.");

        assertThatThrownBy(() -> lakeFormation.revoke(ACCOUNT, REGION, READ_ORDERS))
                .isInstanceOf(CloudRequestFailedException.class)
                .hasMessageContaining("Permissions list is empty");
    }

    @Test
    void permissionsOfThePrincipalOnTheResourceAreCollectedAcrossPages() {
        stubs.answer(restJson("/ListPermissions").withRequestBody(notContaining("NextToken")), """
                {"PrincipalResourcePermissions": [
                   {"Principal": {"DataLakePrincipalIdentifier": "%s"},
                    "Resource": {"Table": {"CatalogId": "%s", "DatabaseName": "%s", "Name": "orders"}},
                    "Permissions": ["DESCRIBE"], "PermissionsWithGrantOption": []}],
                 "NextToken": "page-2"}""".formatted(CONSUMER_ROLE, SOURCE_ACCOUNT, DATABASE));
        stubs.answer(restJson("/ListPermissions").withRequestBody(matchingJsonPath("$.NextToken",
                equalTo("page-2"))), """
                {"PrincipalResourcePermissions": [
                   {"Principal": {"DataLakePrincipalIdentifier": "%s"},
                    "Resource": {"Table": {"CatalogId": "%s", "DatabaseName": "%s", "Name": "orders"}},
                    "Permissions": ["SELECT"], "PermissionsWithGrantOption": []}]}"""
                .formatted(CONSUMER_ROLE, SOURCE_ACCOUNT, DATABASE));

        assertThat(lakeFormation.permissions(ACCOUNT, REGION, CONSUMER_ROLE, ORDERS))
                .containsExactlyInAnyOrder("DESCRIBE", "SELECT");
        stubs.aws.server.verify(calledAt("/ListPermissions").withRequestBody(equalToJson("""
                {"CatalogId": "%s", "Principal": {"DataLakePrincipalIdentifier": "%s"},
                 "Resource": {"Table": {"CatalogId": "%s", "DatabaseName": "%s", "Name": "orders"}}}"""
                .formatted(ACCOUNT, CONSUMER_ROLE, SOURCE_ACCOUNT, DATABASE))));
    }

    @Test
    void principalsHoldingPermissionsOnTheResourceAreListedWithoutNamingOne() {
        stubs.answer(restJson("/ListPermissions"), """
                {"PrincipalResourcePermissions": [
                   {"Principal": {"DataLakePrincipalIdentifier": "%s"},
                    "Resource": {"Table": {"CatalogId": "%s", "DatabaseName": "%s", "Name": "orders"}},
                    "Permissions": ["DESCRIBE"], "PermissionsWithGrantOption": []},
                   {"Principal": {"DataLakePrincipalIdentifier": "arn:aws:iam::%s:role/auditors"},
                    "Resource": {"Table": {"CatalogId": "%s", "DatabaseName": "%s", "Name": "orders"}},
                    "Permissions": ["SELECT"], "PermissionsWithGrantOption": []}]}"""
                .formatted(CONSUMER_ROLE, SOURCE_ACCOUNT, DATABASE, ACCOUNT, SOURCE_ACCOUNT, DATABASE));

        assertThat(lakeFormation.principals(ACCOUNT, REGION, ORDERS))
                .containsExactly(CONSUMER_ROLE, "arn:aws:iam::" + ACCOUNT + ":role/auditors");
        stubs.aws.server.verify(calledAt("/ListPermissions").withRequestBody(equalToJson("""
                {"CatalogId": "%s",
                 "Resource": {"Table": {"CatalogId": "%s", "DatabaseName": "%s", "Name": "orders"}}}"""
                .formatted(ACCOUNT, SOURCE_ACCOUNT, DATABASE))));
    }

    @Test
    void principalWithoutPermissionsHoldsNone() {
        stubs.answer(restJson("/ListPermissions"), "{\"PrincipalResourcePermissions\": []}");

        assertThat(lakeFormation.permissions(ACCOUNT, REGION, CONSUMER_ROLE, ORDERS)).isEmpty();
    }

    @Test
    void principalHoldsNothingOnATableTheCatalogLacks() {
        stubs.fail(restJson("/ListPermissions"), 400, "EntityNotFoundException", "Table orders not found.");

        assertThat(lakeFormation.permissions(ACCOUNT, REGION, CONSUMER_ROLE, ORDERS)).isEmpty();
    }

    @Test
    void throttledListingIsThrottled() {
        stubs.fail(restJson("/ListPermissions"), 429, "ThrottledException", "Rate exceeded");

        assertThatThrownBy(() -> lakeFormation.permissions(ACCOUNT, REGION, CONSUMER_ROLE, ORDERS))
                .isInstanceOf(CloudThrottledException.class);
    }

    @Test
    void crossAccountSharingRaisesTheVersionToThreeKeepingTheOtherSettings() {
        stubs.answer(restJson("/GetDataLakeSettings").withRequestBody(equalToJson("""
                {"CatalogId": "%s"}""".formatted(ACCOUNT))), """
                {"DataLakeSettings": {
                   "DataLakeAdmins": [{"DataLakePrincipalIdentifier": "arn:aws:iam::%s:role/dataallPivotRole-cdk"}],
                   "CreateDatabaseDefaultPermissions": [], "CreateTableDefaultPermissions": [],
                   "TrustedResourceOwners": [], "AllowExternalDataFiltering": false,
                   "Parameters": {"CROSS_ACCOUNT_VERSION": "1", "SET_CONTEXT": "TRUE"}}}""".formatted(ACCOUNT));
        stubs.answer(restJson("/PutDataLakeSettings"), "{}");

        lakeFormation.enableCrossAccountSharing(ACCOUNT, REGION);

        stubs.aws.server.verify(calledAt("/PutDataLakeSettings").withRequestBody(equalToJson("""
                {"CatalogId": "%s", "DataLakeSettings": {
                   "DataLakeAdmins": [{"DataLakePrincipalIdentifier": "arn:aws:iam::%s:role/dataallPivotRole-cdk"}],
                   "CreateDatabaseDefaultPermissions": [], "CreateTableDefaultPermissions": [],
                   "TrustedResourceOwners": [], "AllowExternalDataFiltering": false,
                   "Parameters": {"CROSS_ACCOUNT_VERSION": "3", "SET_CONTEXT": "TRUE"}}}"""
                .formatted(ACCOUNT, ACCOUNT))));
    }

    @Test
    void crossAccountSharingOfAnAccountThatNeverSetAVersionSetsThree() {
        stubs.answer(restJson("/GetDataLakeSettings"), """
                {"DataLakeSettings": {"DataLakeAdmins": []}}""");
        stubs.answer(restJson("/PutDataLakeSettings"), "{}");

        lakeFormation.enableCrossAccountSharing(ACCOUNT, REGION);

        stubs.aws.server.verify(calledAt("/PutDataLakeSettings").withRequestBody(matchingJsonPath(
                "$.DataLakeSettings.Parameters.CROSS_ACCOUNT_VERSION", equalTo("3"))));
    }

    @Test
    void crossAccountSharingAtVersionThreeOrMoreChangesNothing() {
        stubs.answer(restJson("/GetDataLakeSettings"), """
                {"DataLakeSettings": {"Parameters": {"CROSS_ACCOUNT_VERSION": "4"}}}""");

        lakeFormation.enableCrossAccountSharing(ACCOUNT, REGION);

        stubs.aws.server.verify(0, calledAt("/PutDataLakeSettings"));
    }

    @Test
    void lakeFormationIsCalledAsThePivotRole() {
        stubs.answer(restJson("/GrantPermissions"), "{}");

        lakeFormation.grant(ACCOUNT, REGION, READ_ORDERS);

        stubs.aws.server.verify(calledAt("/GrantPermissions")
                .withHeader("Authorization", matching("AWS4-HMAC-SHA256 Credential=ASIAPIVOT/\\d{8}/" + REGION
                        + "/lakeformation/aws4_request, .*"))
                .withHeader("X-Amz-Security-Token", containing("token-of-ASIAPIVOT")));
    }
}
