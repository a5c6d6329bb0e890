package io.grantline.app.api.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * getDataset and its nested fields. As in data.all, any signed-in user reads a dataset's public fields (the
 * operation needs no tenant permission); its restricted information (bucket, database, role, key) needs
 * GET_DATASET on it.
 */
class GetDatasetApiTest extends DatasetApiSupport {

    @Test
    void getDatasetAnswersItsEnvironmentStackAndStatistics() {
        String uri = createDatasetUri(unique("nested"));

        JsonNode dataset = get(owner, uri);

        assertThat(dataset.get("environment").get("environmentUri").asText()).isEqualTo(environmentUri);
        assertThat(dataset.get("environment").get("label").asText()).isEqualTo("Data Lake");
        assertThat(dataset.get("environment").get("region").asText()).isEqualTo(REGION);
        assertThat(dataset.get("stack").get("stackUri").asText()).isNotBlank();
        assertThat(dataset.get("stack").get("status").asText()).isNotBlank();
        assertThat(dataset.get("statistics").get("tables").asInt()).isZero();
        assertThat(dataset.get("statistics").get("upvotes").asInt()).isZero();
        assertThat(dataset.get("restricted").get("AwsAccountId").asText()).isEqualTo(account);
    }

    @Test
    void theTablesAndFoldersOfTheDatasetAreNestedInIt() {
        CrawledDataset crawled = crawledDataset();

        JsonNode dataset = owner.graphql(GET_TABLES, "uri", crawled.datasetUri()).data("getDataset");

        assertThat(texts(dataset.get("tables").get("nodes"), "name")).contains("customers", "orders");
        assertThat(dataset.get("statistics").get("tables").asInt()).isEqualTo(dataset.get("tables").get("count").asInt());
        assertThat(dataset.get("statistics").get("locations").asInt())
                .isEqualTo(dataset.get("locations").get("count").asInt());
    }

    @Test
    void theUsersRoleForTheDatasetFollowsWhoTheyAre() {
        String stewards = unique("stewards");
        Map<String, Object> input = datasetInput(unique("roles"), team);
        input.put("stewards", stewards);
        String uri = create(owner, input).text("createDataset.datasetUri");

        String creator = owner.graphql(GET_PUBLIC, "uri", uri).text("getDataset.userRoleForDataset");
        String admin = signIn(unique("colleague"), team).graphql(GET_PUBLIC, "uri", uri)
                .text("getDataset.userRoleForDataset");
        String steward = signIn(unique("steward"), stewards).graphql(GET_PUBLIC, "uri", uri)
                .text("getDataset.userRoleForDataset");
        String nobody = outsider().graphql(GET_PUBLIC, "uri", uri).text("getDataset.userRoleForDataset");

        assertThat(List.of(creator, admin, steward, nobody))
                .containsExactly("Creator", "Admin", "DataSteward", "NoPermission");
    }

    @Test
    void outsiderReadsThePublicFieldsButNotTheRestrictedInformation() {
        String uri = createDatasetUri(unique("public"));
        User outsider = outsider();

        String label = outsider.graphql(GET_PUBLIC, "uri", uri).text("getDataset.label");
        String error = outsider.graphql(GET_RESTRICTED, "uri", uri).error();

        assertThat(label).isNotBlank();
        assertUnauthorized(error, outsider, "GET_DATASET", uri);
    }

    @Test
    void aTeamWithoutManageDatasetsStillReadsThePublicFields() {
        String uri = createDatasetUri(unique("tenant-checked"));
        String restricted = unique("restricted");
        User member = signIn(unique("member"), restricted);
        member.graphql(GET_PUBLIC, "uri", uri);
        admin().graphql(UPDATE_TENANT_PERMISSIONS, "input",
                map("groupUri", restricted, "permissions", List.of("MANAGE_ORGANIZATIONS")))
                .data("updateGroupTenantPermissions");

        String label = member.graphql(GET_PUBLIC, "uri", uri).text("getDataset.label");

        assertThat(label).isNotBlank();
    }

    @Test
    void getDatasetOfAnUnknownUriIsNotFound() {
        assertThat(owner.graphql(GET_PUBLIC, "uri", "no-such-dataset").error())
                .contains("ObjectNotFound").contains("no-such-dataset");
    }

    @Test
    void getDatasetWithABlankUriIsRefusedNamingTheArgument() {
        assertThat(owner.graphql(GET_PUBLIC, "uri", " ").error()).contains("RequiredParameter").contains("datasetUri");
    }
}
