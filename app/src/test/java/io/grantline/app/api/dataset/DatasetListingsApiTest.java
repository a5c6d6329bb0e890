package io.grantline.app.api.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * listDatasets, listOwnedDatasets (what the user's teams own or steward), listDatasetsCreatedInEnvironment and
 * listS3DatasetsOwnedByEnvGroup (an environment's datasets), listDatasetTablesFolders (a dataset's items).
 */
class DatasetListingsApiTest extends DatasetApiSupport {

    static final String LIST_URIS = """
            query($filter: DatasetFilter) { listDatasets(filter: $filter) { nodes { datasetUri } } }""";
    static final String LIST_OWNED_URIS = """
            query($filter: DatasetFilter) { listOwnedDatasets(filter: $filter) { nodes { datasetUri } } }""";

    /** The uris a listing finds with the term; query is LIST or LIST_OWNED, asked for the uris only. */
    List<String> listed(User user, String query, String field, String term) {
        String uris = query.equals(LIST_OWNED) ? LIST_OWNED_URIS : LIST_URIS;
        return texts(user.graphql(uris, "filter", map("term", term, "pageSize", 100)).data(field + ".nodes"),
                "datasetUri");
    }

    String stewardedBy(String label, String stewards) {
        Map<String, Object> input = datasetInput(label, team);
        input.put("stewards", stewards);
        return create(owner, input).text("createDataset.datasetUri");
    }

    @Test
    void listDatasetsShowsWhatTheUsersTeamsOwnAndWhatTheySteward() {
        String term = unique("listed");
        String stewards = unique("stewards");
        String owned = createDatasetUri(term + "-owned");
        String stewarded = stewardedBy(term + "-stewarded", stewards);
        User ownerAndSteward = signIn(unique("both"), team, stewards);
        User steward = signIn(unique("steward"), stewards);

        assertThat(listed(ownerAndSteward, LIST, "listDatasets", term)).containsExactlyInAnyOrder(owned, stewarded);
        assertThat(listed(steward, LIST, "listDatasets", term)).containsExactly(stewarded);
    }

    @Test
    void stewardsOutsideTheEnvironmentSeeTheEnvironmentOfTheDatasetsTheyList() {
        String term = unique("steward-env");
        String stewards = unique("stewards");
        stewardedBy(term, stewards);
        User steward = signIn(unique("steward"), stewards);

        JsonNode node = steward.graphql(LIST, "filter", map("term", term)).data("listDatasets.nodes").get(0);

        assertThat(node.get("environment").get("environmentUri").asText()).isEqualTo(environmentUri);
    }

    @Test
    void listDatasetsHidesOtherTeamsDatasets() {
        String term = unique("hidden");
        createDatasetUri(term);

        assertThat(listed(outsider(), LIST, "listDatasets", term)).isEmpty();
    }

    @Test
    void listDatasetsIsPagedAndSortedByLabel() {
        String term = unique("paged");
        String first = createDatasetUri(term + "-a");
        String second = createDatasetUri(term + "-b");
        String third = createDatasetUri(term + "-c");

        JsonNode page1 = owner.graphql(LIST, "filter", map("term", term, "pageSize", 2)).data("listDatasets");
        JsonNode page2 = owner.graphql(LIST, "filter", map("term", term, "pageSize", 2, "page", 2))
                .data("listDatasets");

        assertThat(page1.get("count").asInt()).isEqualTo(3);
        assertThat(page1.get("pages").asInt()).isEqualTo(2);
        assertThat(page1.get("hasNext").asBoolean()).isTrue();
        assertThat(texts(page1.get("nodes"), "datasetUri")).containsExactly(first, second);
        assertThat(texts(page2.get("nodes"), "datasetUri")).containsExactly(third);
        assertThat(page2.get("hasPrevious").asBoolean()).isTrue();
    }

    @Test
    void aPageBeyondTheLastListsNoDatasets() {
        String term = unique("beyond");
        createDatasetUri(term);

        JsonNode page = owner.graphql(LIST, "filter", map("term", term, "pageSize", 10, "page", 5))
                .data("listDatasets");

        assertThat(page.get("count").asInt()).isEqualTo(1);
        assertThat(page.get("nodes")).isEmpty();
    }

    @Test
    void listDatasetsAnswersDataallsBaseFields() {
        String term = unique("base-fields");
        String uri = createDatasetUri(term);

        JsonNode node = owner.graphql(LIST, "filter", map("term", term)).data("listDatasets.nodes").get(0);

        assertThat(node.get("datasetUri").asText()).isEqualTo(uri);
        assertThat(node.get("SamlAdminGroupName").asText()).isEqualTo(team);
        assertThat(node.get("userRoleForDataset").asText()).isEqualTo("Creator");
        assertThat(node.get("AwsAccountId").asText()).isEqualTo(account);
        assertThat(node.get("region").asText()).isEqualTo(REGION);
        assertThat(node.get("environment").get("environmentUri").asText()).isEqualTo(environmentUri);
    }

    @Test
    void listOwnedDatasetsLeavesOutDatasetsTheUserOnlyStewards() {
        String term = unique("owned");
        String owners = unique("owners");
        String stewards = unique("stewards");
        User ownersMember = invitedMember(owners, "CREATE_DATASET");
        String owned = create(ownersMember, datasetInput(term + "-owned", owners)).text("createDataset.datasetUri");
        String stewarded = stewardedBy(term + "-stewarded", stewards);
        User ownerAndSteward = signIn(unique("both"), owners, stewards);

        assertThat(listed(ownerAndSteward, LIST_OWNED, "listOwnedDatasets", term)).containsExactly(owned);
        assertThat(listed(ownerAndSteward, LIST, "listDatasets", term)).containsExactlyInAnyOrder(owned, stewarded);
    }

    @Test
    void theEnvironmentAdminsListOtherTeamsDatasetsInTheEnvironmentListingNotAmongTheirOwn() {
        String term = unique("admins");
        String guests = unique("guests");
        User guest = invitedMember(guests, "CREATE_DATASET");
        String theirs = create(guest, datasetInput(term + "-theirs", guests)).text("createDataset.datasetUri");

        assertThat(listed(owner, LIST_OWNED, "listOwnedDatasets", term)).isEmpty();
        assertThat(listed(owner, LIST, "listDatasets", term)).isEmpty();
        assertThat(texts(owner.graphql(LIST_IN_ENVIRONMENT, "env", environmentUri, "filter", map("term", term))
                .data("listDatasetsCreatedInEnvironment.nodes"), "datasetUri")).containsExactly(theirs);
    }

    @Test
    void listOwnedDatasetsHidesOtherTeamsDatasets() {
        String term = unique("not-mine");
        createDatasetUri(term);

        assertThat(listed(outsider(), LIST_OWNED, "listOwnedDatasets", term)).isEmpty();
    }

    @Test
    void listDatasetsCreatedInEnvironmentShowsEveryTeamsDatasetsToTheEnvironmentAdmins() {
        String term = unique("in-env");
        String guests = unique("guests");
        User guest = invitedMember(guests, "CREATE_DATASET");
        String ours = createDatasetUri(term + "-ours");
        String theirs = create(guest, datasetInput(term + "-theirs", guests)).text("createDataset.datasetUri");

        List<String> listed = texts(owner.graphql(LIST_IN_ENVIRONMENT, "env", environmentUri, "filter",
                map("term", term)).data("listDatasetsCreatedInEnvironment.nodes"), "datasetUri");

        assertThat(listed).containsExactlyInAnyOrder(ours, theirs);
    }

    @Test
    void outsiderCannotListTheDatasetsOfTheEnvironment() {
        User outsider = outsider();

        String error = outsider.graphql(LIST_IN_ENVIRONMENT, "env", environmentUri).error();

        assertUnauthorized(error, outsider, "LIST_ENVIRONMENT_DATASETS", environmentUri);
    }

    @Test
    void listDatasetsCreatedInAnUnknownEnvironmentIsRefusedNamingIt() {
        assertRefusedAsUnknown(owner.graphql(LIST_IN_ENVIRONMENT, "env", "no-such-environment").error(),
                "no-such-environment");
    }

    @Test
    void listS3DatasetsOwnedByEnvGroupShowsOnlyThatTeamsDatasets() {
        String term = unique("by-group");
        String guests = unique("guests");
        User guest = invitedMember(guests, "CREATE_DATASET");
        createDatasetUri(term + "-ours");
        String theirs = create(guest, datasetInput(term + "-theirs", guests)).text("createDataset.datasetUri");
        User adminAndGuest = signIn(unique("both"), team, guests);

        JsonNode listed = adminAndGuest.graphql(LIST_OWNED_BY_GROUP, "env", environmentUri, "group", guests,
                "filter", map("term", term)).data("listS3DatasetsOwnedByEnvGroup");

        assertThat(texts(listed.get("nodes"), "datasetUri")).containsExactly(theirs);
        assertThat(listed.get("nodes").get(0).get("SamlAdminGroupName").asText()).isEqualTo(guests);
    }

    @Test
    void listS3DatasetsOwnedByEnvGroupIsLimitedToTheCallersOwnTeams() {
        String guests = unique("guests");
        invitedMember(guests, "CREATE_DATASET");

        String error = owner.graphql(LIST_OWNED_BY_GROUP, "env", environmentUri, "group", guests).error();

        assertThat(error).contains("UnauthorizedOperation").contains(owner.username).contains(environmentUri);
    }

    @Test
    void outsiderCannotListTheDatasetsOfATeamOfTheEnvironment() {
        User outsider = outsider();

        String error = outsider.graphql(LIST_OWNED_BY_GROUP, "env", environmentUri, "group", team).error();

        assertUnauthorized(error, outsider, "LIST_ENVIRONMENT_DATASETS", environmentUri);
    }

    @Test
    void listS3DatasetsOwnedByEnvGroupOfAnUnknownEnvironmentIsRefusedNamingIt() {
        assertRefusedAsUnknown(owner.graphql(LIST_OWNED_BY_GROUP, "env", "no-such-environment", "group", team)
                .error(), "no-such-environment");
    }

    @Test
    void listS3DatasetsOwnedByEnvGroupWithABlankGroupIsRefusedNamingTheArgument() {
        assertThat(owner.graphql(LIST_OWNED_BY_GROUP, "env", environmentUri, "group", " ").error())
                .contains("RequiredParameter").contains("groupUri");
    }

    @Test
    void listDatasetTablesFoldersShowsTheTablesAndFoldersOfTheDataset() {
        CrawledDataset crawled = crawledDataset();
        String prefix = unique("listed-folder");
        String folderUri = owner.graphql("""
                mutation($uri: String!, $input: NewDatasetStorageLocationInput) {
                  createDatasetStorageLocation(datasetUri: $uri, input: $input) { locationUri }
                }""", "uri", crawled.datasetUri(), "input", map("label", prefix, "prefix", prefix))
                .text("createDatasetStorageLocation.locationUri");

        JsonNode items = owner.graphql(LIST_TABLES_FOLDERS, "uri", crawled.datasetUri(), "filter",
                map("pageSize", 100)).data("listDatasetTablesFolders.nodes");

        assertThat(items).anySatisfy(item -> {
            assertThat(item.get("name").asText()).isEqualTo("customers");
            assertThat(item.get("targetType").asText()).isEqualTo("DatasetTable");
        });
        assertThat(items).anySatisfy(item -> {
            assertThat(item.get("targetUri").asText()).isEqualTo(folderUri);
            assertThat(item.get("targetType").asText()).isEqualTo("DatasetStorageLocation");
        });
    }

    @Test
    void outsiderCannotListTheTablesAndFoldersOfTheDataset() {
        String uri = createDatasetUri(unique("items"));
        User outsider = outsider();

        assertUnauthorized(outsider.graphql(LIST_TABLES_FOLDERS, "uri", uri).error(), outsider, "GET_DATASET", uri);
    }

    @Test
    void listDatasetTablesFoldersOfAnUnknownDatasetIsRefusedNamingIt() {
        assertRefusedAsUnknown(owner.graphql(LIST_TABLES_FOLDERS, "uri", "no-such-dataset").error(),
                "no-such-dataset");
    }
}
