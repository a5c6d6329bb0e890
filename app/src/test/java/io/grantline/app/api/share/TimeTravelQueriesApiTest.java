package io.grantline.app.api.share;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** datasetAt between updates, and the refusals of accessAt, shareObjectAt and datasetAt. */
class TimeTravelQueriesApiTest extends TimeTravelApiSupport {

    static final String LONG_AGO = "2000-01-01T00:00:00Z";
    static final String NOT_AN_INSTANT = "yesterday at noon";

    private static final String CREATE_DATASET = """
            mutation($input: NewDatasetInput!) {
              createDataset(input: $input) { datasetUri restricted { KmsAlias } }
            }""";
    private static final String UPDATE_DATASET = """
            mutation($uri: String, $input: ModifyDatasetInput) {
              updateDataset(datasetUri: $uri, input: $input) { datasetUri label }
            }""";

    @Test
    void datasetAtAnInstantBetweenTwoUpdatesShowsTheFirstUpdateOnly() {
        JsonNode created = owner.graphql(CREATE_DATASET, "input", map("label", unique("history"), "organizationUri",
                shared.organizationUri(), "environmentUri", shared.producingEnvironment(), "SamlAdminGroupName",
                shared.ownerTeam(), "description", "As created", "tags", List.of("first"))).data("createDataset");
        String datasetUri = created.get("datasetUri").asText();
        String kmsAlias = created.get("restricted").get("KmsAlias").asText();
        Instant afterCreation = Instant.now();
        String stewards = unique("stewards");
        owner.graphql(UPDATE_DATASET, "uri", datasetUri, "input", map("label", "Second label", "description",
                "Updated once", "tags", List.of("second"), "stewards", stewards, "KmsAlias", kmsAlias))
                .data("updateDataset");
        Instant afterFirstUpdate = Instant.now();
        owner.graphql(UPDATE_DATASET, "uri", datasetUri, "input", map("label", "Third label", "description",
                "Updated twice", "tags", List.of("third"), "KmsAlias", kmsAlias)).data("updateDataset");

        JsonNode asCreated = datasetAt(owner, datasetUri, afterCreation);
        JsonNode between = datasetAt(owner, datasetUri, afterFirstUpdate);
        JsonNode now = datasetAt(owner, datasetUri, Instant.now());

        assertThat(asCreated.get("description").asText()).isEqualTo("As created");
        assertThat(texts(asCreated.get("tags"))).containsExactly("first");
        assertThat(asCreated.get("SamlAdminGroupName").asText()).isEqualTo(shared.ownerTeam());
        assertThat(asCreated.get("environmentUri").asText()).isEqualTo(shared.producingEnvironment());
        assertThat(asCreated.get("organizationUri").asText()).isEqualTo(shared.organizationUri());
        assertThat(between.get("label").asText()).isEqualTo("Second label");
        assertThat(between.get("description").asText()).isEqualTo("Updated once");
        assertThat(texts(between.get("tags"))).containsExactly("second");
        assertThat(between.get("stewards").asText()).isEqualTo(stewards);
        assertThat(now.get("label").asText()).isEqualTo("Third label");
        assertThat(texts(now.get("tags"))).containsExactly("third");
        assertThat(between.get("version").asInt()).isGreaterThan(asCreated.get("version").asInt());
        assertThat(now.get("version").asInt()).isGreaterThan(between.get("version").asInt());
        assertThat(Instant.parse(between.get("asOf").asText())).isEqualTo(afterFirstUpdate);
    }

    @Test
    void datasetAtListsTheTablesAndFoldersWithTheirNamesAndStorage() {
        Dataset crawled = shared.crawled();

        JsonNode dataset = datasetAt(owner, crawled.datasetUri(), Instant.now());

        assertThat(texts(dataset.get("tables"), "name")).contains("customers", "orders");
        assertThat(texts(dataset.get("folders"), "uri")).contains(crawled.folder("raw"), crawled.folder("curated"));
        assertThat(dataset.get("S3BucketName").asText()).isEqualTo(crawled.bucketName());
        assertThat(dataset.get("GlueDatabaseName").asText()).isEqualTo(crawled.glueDatabaseName());
        assertThat(dataset.get("deleted").asBoolean()).isFalse();
    }

    @Test
    void theAdminGroupMayLookAtAnyResourcesPast() {
        User admin = admin();

        JsonNode access = accessAt(admin, shared.crawled().table("customers"), Instant.now());

        assertThat(access.get("grants")).anySatisfy(grant ->
                assertThat(grant.get("principalId").asText()).isEqualTo(shared.ownerTeam()));
    }

    // ---- who may ask

    @Test
    void anOutsiderCannotAskWhoCouldAccessTheDatasetItsTablesOrFolders() {
        User outsider = outsider();
        Dataset crawled = shared.crawled();
        String now = Instant.now().toString();

        assertUnauthorized(outsider.graphql(ACCESS_AT, "uri", crawled.datasetUri(), "at", now).error(), outsider,
                "GET_DATASET", crawled.datasetUri());
        assertUnauthorized(outsider.graphql(ACCESS_AT, "uri", crawled.table("customers"), "at", now).error(),
                outsider, "GET_DATASET_TABLE", crawled.table("customers"));
        assertUnauthorized(outsider.graphql(ACCESS_AT, "uri", crawled.folder("raw"), "at", now).error(), outsider,
                "GET_DATASET_FOLDER", crawled.folder("raw"));
    }

    @Test
    void anOutsiderCannotLookAtTheDatasetsPast() {
        User outsider = outsider();

        String error = outsider.graphql(DATASET_AT, "uri", shared.crawled().datasetUri(), "at",
                Instant.now().toString()).error();

        assertUnauthorized(error, outsider, "GET_DATASET", shared.crawled().datasetUri());
    }

    @Test
    void anOutsiderCannotLookAtTheSharesPast() {
        String shareUri = requestShare(shared.crawled().datasetUri(), consumptionRole());
        User outsider = outsider();

        String error = outsider.graphql(SHARE_AT, "uri", shareUri, "at", Instant.now().toString()).error();

        assertUnauthorized(error, outsider, "GET_SHARE_OBJECT", shareUri);
    }

    @Test
    void theRequesterAndTheApproversMayLookAtTheSharesPast() {
        String shareUri = requestShare(shared.crawled().datasetUri(), consumptionRole());
        Instant now = Instant.now();

        assertThat(shareAt(requester, shareUri, now).get("status").asText()).isEqualTo("Draft");
        assertThat(shareAt(owner, shareUri, now).get("shareUri").asText()).isEqualTo(shareUri);
    }

    // ---- bad input

    @Test
    void anInstantThatIsNotOneIsRefusedNamingTheField() {
        String shareUri = requestShare(shared.crawled().datasetUri(), consumptionRole());

        assertBadInstant(owner.graphql(ACCESS_AT, "uri", shared.crawled().datasetUri(), "at", NOT_AN_INSTANT)
                .error(), "accessAt");
        assertBadInstant(requester.graphql(SHARE_AT, "uri", shareUri, "at", NOT_AN_INSTANT).error(),
                "shareObjectAt");
        assertBadInstant(owner.graphql(DATASET_AT, "uri", shared.crawled().datasetUri(), "at", NOT_AN_INSTANT)
                .error(), "datasetAt");
    }

    @Test
    void anInstantBeforeTheResourceExistedFindsNothingNamingIt() {
        String shareUri = requestShare(shared.crawled().datasetUri(), consumptionRole());
        String table = shared.crawled().table("customers");

        assertNotFound(owner.graphql(ACCESS_AT, "uri", table, "at", LONG_AGO).error(), table);
        assertNotFound(owner.graphql(ACCESS_AT, "uri", shared.crawled().datasetUri(), "at", LONG_AGO).error(),
                shared.crawled().datasetUri());
        assertNotFound(requester.graphql(SHARE_AT, "uri", shareUri, "at", LONG_AGO).error(), shareUri);
        assertNotFound(owner.graphql(DATASET_AT, "uri", shared.crawled().datasetUri(), "at", LONG_AGO).error(),
                shared.crawled().datasetUri());
    }

    @Test
    void anUnknownResourceIsNotFound() {
        String unknown = "nothing" + System.nanoTime();
        String now = Instant.now().toString();

        assertNotFound(owner.graphql(ACCESS_AT, "uri", unknown, "at", now).error(), unknown);
        assertNotFound(owner.graphql(SHARE_AT, "uri", unknown, "at", now).error(), unknown);
        assertNotFound(owner.graphql(DATASET_AT, "uri", unknown, "at", now).error(), unknown);
    }

    @Test
    void accessAtOfAShareIsRefusedNamingTheField() {
        String shareUri = requestShare(shared.crawled().datasetUri(), consumptionRole());

        String error = requester.graphql(ACCESS_AT, "uri", shareUri, "at", Instant.now().toString()).error();

        assertThat(error).contains("InvalidInput").contains("resourceUri").contains(shareUri);
    }

    @Test
    void aTableIsNotADataset() {
        String table = shared.crawled().table("customers");

        String error = owner.graphql(DATASET_AT, "uri", table, "at", Instant.now().toString()).error();

        assertThat(error).contains("InvalidInput").contains("datasetUri");
    }

    private static void assertBadInstant(String error, String operation) {
        assertThat(error).contains("InvalidInput").contains(operation).contains("at must be an ISO-8601 instant");
    }

    private static void assertNotFound(String error, String uri) {
        assertThat(error).contains("ObjectNotFound").contains(uri);
    }
}
