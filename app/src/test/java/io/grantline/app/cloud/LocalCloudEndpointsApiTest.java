package io.grantline.app.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.grantline.app.api.ApiTest;
import io.grantline.cloud.local.LocalBucketFolders;
import io.grantline.cloud.local.LocalDatasetBuckets;
import io.grantline.cloud.local.LocalGlueCatalog;
import io.grantline.cloud.local.LocalKmsAliases;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** The local cloud's own HTTP endpoints: presigned uploads into buckets, and the account owner's console. */
class LocalCloudEndpointsApiTest extends ApiTest {

    static final String ACCOUNT = "123412341234";
    static final String REGION = "eu-west-1";
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    LocalBucketFolders buckets;
    @Autowired
    LocalDatasetBuckets datasetBuckets;
    @Autowired
    LocalKmsAliases kmsAliases;
    @Autowired
    LocalGlueCatalog glueCatalog;
    @Value("${grantline.data-dir}")
    Path dataDir;
    String bucket;

    @BeforeEach
    void bucket() {
        bucket = unique("upload-bucket");
        buckets.create(bucket);
    }

    @Test
    void presignedPostUploadsTheFileIntoTheBucketFolder() throws Exception {
        JsonNode post = presign("raw/sales.csv");

        HttpResponse<String> response = upload(post, fields(post), "id\n1\n");

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(dataDir.resolve("local-cloud/buckets").resolve(bucket).resolve("raw/sales.csv"))
                .hasContent("id\n1\n");
    }

    @Test
    void uploadWithATamperedSignatureIsRefused() throws Exception {
        JsonNode post = presign("raw/sales.csv");
        Map<String, String> fields = fields(post);
        fields.put("x-amz-signature", "0".repeat(64));

        HttpResponse<String> response = upload(post, fields, "id\n1\n");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("<Code>AccessDenied</Code>");
    }

    @Test
    void uploadUnderAnotherKeyThanSignedIsRefused() throws Exception {
        JsonNode post = presign("raw/sales.csv");
        Map<String, String> fields = fields(post);
        fields.put("key", "raw/other.csv");

        assertThat(upload(post, fields, "id\n1\n").statusCode()).isEqualTo(403);
    }

    @Test
    void signedInUserMakesAKmsAliasAndAGlueDatabaseForAnImport() throws Exception {
        String token = signIn("owner@example.com", "Owners").token;
        String alias = unique("imported-key");
        String database = unique("imported_db");

        assertThat(put("/kms-aliases/" + alias, token).statusCode()).isEqualTo(204);
        assertThat(put("/glue-databases/" + database, token).statusCode()).isEqualTo(204);

        assertThat(kmsAliases.aliasExists(ACCOUNT, REGION, alias)).isTrue();
        assertThat(glueCatalog.databaseExists(ACCOUNT, REGION, database)).isTrue();
    }

    @Test
    void consoleRefusesAnonymousCallers() throws Exception {
        assertThat(put("/kms-aliases/" + unique("key"), null).statusCode()).isEqualTo(401);
    }

    @Test
    void consoleRefusesWhatIsNoAccount() throws Exception {
        String token = signIn("owner@example.com", "Owners").token;

        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/local-cloud/accounts/12/regions/" + REGION + "/kms-aliases/key"))
                .header("authorization", "Bearer " + token)
                .PUT(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
    }

    private JsonNode presign(String key) throws Exception {
        return JSON.readTree(datasetBuckets.presignedPost(ACCOUNT, REGION, bucket, key));
    }

    private static Map<String, String> fields(JsonNode post) {
        Map<String, String> fields = new LinkedHashMap<>();
        post.get("fields").fields().forEachRemaining(field -> fields.put(field.getKey(), field.getValue().asText()));
        return fields;
    }

    private HttpResponse<String> put(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/local-cloud/accounts/" + ACCOUNT + "/regions/" + REGION + path))
                .PUT(HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header("authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    // a browser form post: the fields, then the file last, as S3 requires
    private static HttpResponse<String> upload(JsonNode post, Map<String, String> fields, String content)
            throws Exception {
        String boundary = "----grantline-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.csv\""
                + "\r\nContent-Type: text/csv\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(URI.create(post.get("url").asText()))
                .header("content-type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
