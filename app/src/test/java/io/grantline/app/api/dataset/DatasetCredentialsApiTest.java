package io.grantline.app.api.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Temporary AWS access to a dataset as its role: generateDatasetAccessToken, getDatasetAssumeRoleUrl and
 * getDatasetPresignedUrl (an upload link into the bucket). The dataset's stack must exist, so these run on the
 * crawled dataset, whose role and bucket are deployed.
 */
class DatasetCredentialsApiTest extends DatasetApiSupport {

    static final String ACCESS_TOKEN = """
            mutation($uri: String!) { generateDatasetAccessToken(datasetUri: $uri) }""";
    static final String ASSUME_ROLE_URL = """
            query($uri: String) { getDatasetAssumeRoleUrl(datasetUri: $uri) }""";
    static final String PRESIGNED_URL = """
            query($uri: String!, $input: DatasetPresignedUrlInput) { getDatasetPresignedUrl(datasetUri: $uri, input: $input) }""";

    GraphQl presignedUrl(User user, String uri) {
        return user.graphql(PRESIGNED_URL, "uri", uri, "input", Map.of("prefix", "raw", "fileName", "sales.csv"));
    }

    String stewardedDataset(String stewards) {
        Map<String, Object> input = datasetInput(unique("stewarded"), team);
        input.put("stewards", stewards);
        return create(owner, input).text("createDataset.datasetUri");
    }

    @Test
    void generateDatasetAccessTokenAnswersTemporaryCredentialsOfTheDatasetRole() {
        JsonNode token = json(owner.graphql(ACCESS_TOKEN, "uri", crawledDataset().datasetUri())
                .text("generateDatasetAccessToken"));

        assertThat(token.get("AccessKey").asText()).startsWith("ASIA");
        assertThat(token.get("SessionKey").asText()).isNotBlank();
        assertThat(token.get("sessionToken").asText()).isNotBlank();
    }

    @Test
    void outsiderGetsNoCredentialsOfTheDataset() {
        String uri = crawledDataset().datasetUri();
        User outsider = outsider();

        assertUnauthorized(outsider.graphql(ACCESS_TOKEN, "uri", uri).error(), outsider, "CREDENTIALS_DATASET", uri);
    }

    @Test
    void credentialsOfAnUnknownDatasetAreRefusedNamingIt() {
        assertRefusedAsUnknown(owner.graphql(ACCESS_TOKEN, "uri", "no-such-dataset").error(), "no-such-dataset");
    }

    @Test
    void getDatasetAssumeRoleUrlAnswersAConsoleSignInUrlForTheDatasetRole() {
        String url = owner.graphql(ASSUME_ROLE_URL, "uri", crawledDataset().datasetUri()).text("getDatasetAssumeRoleUrl");

        assertThat(url).startsWith("https://signin.aws.amazon.com/federation?Action=login").contains("SigninToken=");
    }

    @Test
    void outsiderGetsNoConsoleSignInUrlForTheDataset() {
        String uri = crawledDataset().datasetUri();
        User outsider = outsider();

        assertUnauthorized(outsider.graphql(ASSUME_ROLE_URL, "uri", uri).error(), outsider, "CREDENTIALS_DATASET",
                uri);
    }

    @Test
    void stewardsGetNoConsoleSignInUrlAlthoughTheyHoldCredentialsDataset() {
        String stewards = unique("stewards");
        String uri = stewardedDataset(stewards);
        User steward = signIn(unique("steward"), stewards);

        String error = steward.graphql(ASSUME_ROLE_URL, "uri", uri).error();

        assertThat(error).contains("UnauthorizedOperation").contains("CREDENTIALS_DATASET");
    }

    @Test
    void consoleSignInUrlOfAnUnknownDatasetIsRefusedNamingIt() {
        assertRefusedAsUnknown(owner.graphql(ASSUME_ROLE_URL, "uri", "no-such-dataset").error(), "no-such-dataset");
    }

    @Test
    void getDatasetPresignedUrlAnswersAPresignedPostUnderThePrefix() {
        JsonNode post = json(presignedUrl(owner, crawledDataset().datasetUri()).text("getDatasetPresignedUrl"));

        assertThat(post.get("url").asText()).isNotBlank();
        assertThat(post.get("fields").get("key").asText()).isEqualTo("raw/sales.csv");
    }

    @Test
    void aFilePostedWithThePresignedFieldsLandsInTheBucket() throws Exception {
        CrawledDataset crawled = crawledDataset();
        String fileName = unique("notes") + ".txt";
        JsonNode post = json(owner.graphql(PRESIGNED_URL, "uri", crawled.datasetUri(), "input",
                Map.of("prefix", "raw", "fileName", fileName)).text("getDatasetPresignedUrl"));

        int status = postForm(post.get("url").asText(), post.get("fields"), fileName, "uploaded through a link");

        assertThat(status).isEqualTo(204);
        assertThat(Files.readString(bucketFolder(crawled.bucketName()).resolve("raw").resolve(fileName)))
                .isEqualTo("uploaded through a link");
    }

    /** Posts the fields and the file as a multipart form, as a browser posts to a presigned S3 POST. */
    static int postForm(String url, JsonNode fields, String fileName, String content) throws Exception {
        String boundary = "grantline-" + System.nanoTime();
        StringBuilder body = new StringBuilder();
        fields.fields().forEachRemaining(field -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(field.getKey()).append("\"\r\n\r\n")
                .append(field.getValue().asText()).append("\r\n"));
        body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"file\"; filename=\"").append(fileName)
                .append("\"\r\nContent-Type: text/plain\r\n\r\n").append(content).append("\r\n")
                .append("--").append(boundary).append("--\r\n");
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("content-type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void outsiderGetsNoUploadLinkIntoTheDataset() {
        String uri = crawledDataset().datasetUri();
        User outsider = outsider();

        assertUnauthorized(presignedUrl(outsider, uri).error(), outsider, "CREDENTIALS_DATASET", uri);
    }

    @Test
    void uploadLinkOfAnUnknownDatasetIsRefusedNamingIt() {
        assertRefusedAsUnknown(presignedUrl(owner, "no-such-dataset").error(), "no-such-dataset");
    }
}
