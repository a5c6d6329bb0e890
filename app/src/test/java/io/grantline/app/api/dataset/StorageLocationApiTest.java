package io.grantline.app.api.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Folders (storage locations) of a dataset: a prefix of its bucket, written there when the folder is created.
 * They live in the crawled dataset, whose bucket is deployed.
 */
class StorageLocationApiTest extends DatasetApiSupport {

    static final String LOCATION_FIELDS = """
            locationUri label name S3Prefix description tags owner locationCreated created dataset { datasetUri }""";
    static final String CREATE_LOCATION = """
            mutation($uri: String!, $input: NewDatasetStorageLocationInput) {
              createDatasetStorageLocation(datasetUri: $uri, input: $input) { %s }
            }""".formatted(LOCATION_FIELDS);
    static final String GET_LOCATION = """
            query($uri: String!) { getDatasetStorageLocation(locationUri: $uri) { %s } }""".formatted(LOCATION_FIELDS);
    static final String UPDATE_LOCATION = """
            mutation($uri: String, $input: ModifyDatasetStorageLocationInput) {
              updateDatasetStorageLocation(locationUri: $uri, input: $input) { %s }
            }""".formatted(LOCATION_FIELDS);
    static final String DELETE_LOCATION = """
            mutation($uri: String!) { deleteDatasetStorageLocation(locationUri: $uri) }""";

    String datasetUri;
    String bucket;

    @BeforeEach
    void useTheCrawledDataset() {
        CrawledDataset crawled = crawledDataset();
        datasetUri = crawled.datasetUri();
        bucket = crawled.bucketName();
    }

    static Map<String, Object> folderInput(String prefix) {
        return map("label", "Raw " + prefix, "prefix", prefix, "description", "files as they arrive",
                "tags", List.of("raw"));
    }

    GraphQl createFolder(User user, String dataset, Map<String, Object> input) {
        return user.graphql(CREATE_LOCATION, "uri", dataset, "input", input);
    }

    String createFolderUri(String prefix) {
        return createFolder(owner, datasetUri, folderInput(prefix)).text("createDatasetStorageLocation.locationUri");
    }

    List<String> foldersOfTheDataset() {
        return texts(owner.graphql(GET_TABLES, "uri", datasetUri).data("getDataset.locations.nodes"), "locationUri");
    }

    @Test
    void createDatasetStorageLocationAnswersTheFolder() {
        String prefix = unique("raw");

        JsonNode folder = createFolder(owner, datasetUri, folderInput(prefix)).data("createDatasetStorageLocation");

        assertThat(folder.get("locationUri").asText()).isNotBlank();
        assertThat(folder.get("label").asText()).isEqualTo("Raw " + prefix);
        assertThat(folder.get("S3Prefix").asText()).isEqualTo(prefix);
        assertThat(folder.get("description").asText()).isEqualTo("files as they arrive");
        assertThat(texts(folder.get("tags"))).containsExactly("raw");
        assertThat(folder.get("owner").asText()).isEqualTo(owner.username);
        assertThat(folder.get("dataset").get("datasetUri").asText()).isEqualTo(datasetUri);
    }

    @Test
    void theFoldersPrefixIsWrittenIntoTheBucket() {
        String prefix = unique("landing");

        String locationUri = createFolderUri(prefix);

        awaitCloud("folder " + prefix + " in bucket " + bucket).untilAsserted(() -> {
            assertThat(owner.graphql(GET_LOCATION, "uri", locationUri).data("getDatasetStorageLocation")
                    .get("locationCreated").asBoolean()).isTrue();
            assertThat(Files.isDirectory(bucketFolder(bucket).resolve(prefix))).isTrue();
        });
    }

    @Test
    void aPrefixIsUsedByOneFolderOfTheDataset() {
        String prefix = unique("twice");
        createFolderUri(prefix);

        String error = refusedWithoutChange(datasetUri, () -> createFolder(owner, datasetUri, folderInput(prefix)));

        assertThat(error).contains("ResourceAlreadyExists").contains(prefix);
    }

    @Test
    void outsiderCannotCreateAFolder() {
        User outsider = outsider();

        String error = refusedWithoutChange(datasetUri,
                () -> createFolder(outsider, datasetUri, folderInput(unique("intruder"))));

        assertUnauthorized(error, outsider, "CREATE_DATASET_FOLDER", datasetUri);
    }

    @Test
    void aFolderWithABlankPrefixIsRefusedNamingTheField() {
        String error = refusedWithoutChange(datasetUri, () -> createFolder(owner, datasetUri, folderInput(" ")));

        assertThat(error).contains("prefix").containsAnyOf("RequiredParameter", "InvalidInput");
    }

    @Test
    void aFolderWithABlankLabelIsRefusedNamingTheField() {
        Map<String, Object> input = folderInput(unique("nameless"));
        input.put("label", " ");

        String error = refusedWithoutChange(datasetUri, () -> createFolder(owner, datasetUri, input));

        assertThat(error).contains("RequiredParameter").contains("label");
    }

    @Test
    void aFolderInAnUnknownDatasetIsRefusedNamingIt() {
        assertRefusedAsUnknown(createFolder(owner, "no-such-dataset", folderInput(unique("lost"))).error(),
                "no-such-dataset");
    }

    @Test
    void getDatasetStorageLocationAnswersTheFolder() {
        String prefix = unique("read");
        String locationUri = createFolderUri(prefix);

        JsonNode folder = owner.graphql(GET_LOCATION, "uri", locationUri).data("getDatasetStorageLocation");

        assertThat(folder.get("locationUri").asText()).isEqualTo(locationUri);
        assertThat(folder.get("S3Prefix").asText()).isEqualTo(prefix);
        assertThat(foldersOfTheDataset()).contains(locationUri);
    }

    @Test
    void outsiderCannotReadTheRestrictedInformationOfAFolder() {
        String locationUri = createFolderUri(unique("private"));
        User outsider = outsider();

        String error = outsider.graphql("""
                query($uri: String!) { getDatasetStorageLocation(locationUri: $uri) { restricted { S3BucketName } } }""",
                "uri", locationUri).error();

        assertUnauthorized(error, outsider, "GET_DATASET_FOLDER", locationUri);
    }

    @Test
    void getDatasetStorageLocationOfAnUnknownUriIsRefusedNamingIt() {
        assertRefusedAsUnknown(owner.graphql(GET_LOCATION, "uri", "no-such-folder").error(), "no-such-folder");
    }

    @Test
    void updateDatasetStorageLocationChangesItsLabelDescriptionAndTags() {
        String locationUri = createFolderUri(unique("renamed"));

        JsonNode folder = owner.graphql(UPDATE_LOCATION, "uri", locationUri, "input", map("label", "Curated",
                "description", "checked files", "tags", List.of("curated"))).data("updateDatasetStorageLocation");

        assertThat(folder.get("label").asText()).isEqualTo("Curated");
        assertThat(folder.get("description").asText()).isEqualTo("checked files");
        assertThat(texts(folder.get("tags"))).containsExactly("curated");
    }

    @Test
    void outsiderCannotUpdateAFolder() {
        String locationUri = createFolderUri(unique("guarded"));
        User outsider = outsider();

        String error = refusedWithoutChange(datasetUri, () -> outsider.graphql(UPDATE_LOCATION, "uri", locationUri,
                "input", map("label", "vandalized")));

        assertUnauthorized(error, outsider, "UPDATE_DATASET_FOLDER", datasetUri);
    }

    @Test
    void updateOfAnUnknownFolderIsRefusedNamingIt() {
        assertRefusedAsUnknown(owner.graphql(UPDATE_LOCATION, "uri", "no-such-folder", "input",
                map("label", "x")).error(), "no-such-folder");
    }

    @Test
    void deleteDatasetStorageLocationAnswersTrueAndTheFolderLeavesTheDataset() {
        String locationUri = createFolderUri(unique("dropped"));

        boolean deleted = owner.graphql(DELETE_LOCATION, "uri", locationUri).data("deleteDatasetStorageLocation")
                .asBoolean();

        assertThat(deleted).isTrue();
        assertThat(foldersOfTheDataset()).doesNotContain(locationUri);
    }

    @Test
    void outsiderCannotDeleteAFolder() {
        String locationUri = createFolderUri(unique("kept"));
        User outsider = outsider();

        String error = refusedWithoutChange(datasetUri,
                () -> outsider.graphql(DELETE_LOCATION, "uri", locationUri));

        assertUnauthorized(error, outsider, "DELETE_DATASET_FOLDER", datasetUri);
        assertThat(foldersOfTheDataset()).contains(locationUri);
    }

    @Test
    void deleteOfAnUnknownFolderIsRefusedNamingIt() {
        assertRefusedAsUnknown(owner.graphql(DELETE_LOCATION, "uri", "no-such-folder").error(), "no-such-folder");
    }
}
