package io.grantline.cloud.local;

import static io.grantline.cloud.local.DatasetStackTemplate.ACCOUNT;
import static io.grantline.cloud.local.DatasetStackTemplate.BUCKET;
import static io.grantline.cloud.local.DatasetStackTemplate.REGION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grantline.cloud.CloudAccessDeniedException;
import io.grantline.cloud.CloudRequestFailedException;
import io.grantline.cloud.CloudResourceNotFoundException;
import io.grantline.cloud.CloudThrottledException;
import io.grantline.cloud.local.LocalCloudFaults.Kind;
import io.grantline.cloud.local.LocalCloudFaults.Operation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalDatasetBucketsTest {

    static final String KEY = "raw/sales.csv";

    final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-29T10:00:00Z"));
    @TempDir
    Path dataDir;
    LocalCloud cloud;

    @BeforeEach
    void deployedBucket() {
        cloud = new LocalCloud(Duration.ZERO, now::get, dataDir);
        DatasetStackTemplate.deploy(cloud);
    }

    @Test
    void bucketMadeByHandExists() throws IOException {
        Files.createDirectories(cloud.bucketsFolder.resolve("imported-bucket"));

        assertThat(cloud.datasetBuckets.bucketExists(ACCOUNT, REGION, "imported-bucket")).isTrue();
        assertThat(cloud.datasetBuckets.bucketExists(ACCOUNT, REGION, "other-bucket")).isFalse();
    }

    @Test
    void prefixIsAFolderInTheBucket() {
        cloud.datasetBuckets.createPrefix(ACCOUNT, REGION, BUCKET, "raw/2026/");

        assertThat(cloud.bucketsFolder.resolve(BUCKET).resolve("raw/2026")).isDirectory();
    }

    @Test
    void prefixInABucketThatDoesNotExistIsNotFound() {
        assertThatThrownBy(() -> cloud.datasetBuckets.createPrefix(ACCOUNT, REGION, "other-bucket", "raw"))
                .isInstanceOf(CloudResourceNotFoundException.class);
    }

    @Test
    void objectIsReadFromItsFile() {
        cloud.putFile(BUCKET, KEY, "id\n1\n");

        assertThat(cloud.datasetBuckets.readObject(ACCOUNT, REGION, BUCKET, KEY)).isEqualTo("id\n1\n");
    }

    @Test
    void objectThatDoesNotExistIsNotFound() {
        cloud.datasetBuckets.createPrefix(ACCOUNT, REGION, BUCKET, "raw");

        assertThatThrownBy(() -> cloud.datasetBuckets.readObject(ACCOUNT, REGION, BUCKET, KEY))
                .isInstanceOf(CloudResourceNotFoundException.class);
        assertThatThrownBy(() -> cloud.datasetBuckets.readObject(ACCOUNT, REGION, BUCKET, "raw"))
                .isInstanceOf(CloudResourceNotFoundException.class);
    }

    @Test
    void keysCannotLeaveTheBucket() {
        assertThatThrownBy(() -> cloud.datasetBuckets.readObject(ACCOUNT, REGION, BUCKET, "../other/secret"))
                .isInstanceOf(CloudRequestFailedException.class);
        assertThatThrownBy(() -> cloud.datasetBuckets.bucketExists(ACCOUNT, REGION, ".."))
                .isInstanceOf(CloudRequestFailedException.class);
    }

    @Test
    void presignedPostPostsToTheBucketWithTheKeyAndASignedPolicy() throws IOException {
        JsonNode post = presign();

        assertThat(post.get("url").asText()).isEqualTo("http://localhost:8080/local-cloud/buckets/" + BUCKET);
        assertThat(post.get("fields").get("key").asText()).isEqualTo(KEY);
        assertThat(post.get("fields").has("policy")).isTrue();
        assertThat(post.get("fields").has("x-amz-signature")).isTrue();
    }

    @Test
    void uploadWithThePresignedFieldsWritesTheFile() throws IOException {
        JsonNode fields = presign().get("fields");

        upload(fields.get("key").asText(), fields.get("policy").asText(), fields.get("x-amz-signature").asText());

        assertThat(cloud.bucketsFolder.resolve(BUCKET).resolve(KEY)).hasContent("id\n1\n");
    }

    @Test
    void uploadWithAForgedSignatureIsDenied() throws IOException {
        JsonNode fields = presign().get("fields");

        assertThatThrownBy(() -> upload(KEY, fields.get("policy").asText(), "0".repeat(64)))
                .isInstanceOf(CloudAccessDeniedException.class);
    }

    @Test
    void uploadUnderAnotherKeyThanSignedIsDenied() throws IOException {
        JsonNode fields = presign().get("fields");

        assertThatThrownBy(() -> upload("raw/other.csv", fields.get("policy").asText(),
                fields.get("x-amz-signature").asText())).isInstanceOf(CloudAccessDeniedException.class);
    }

    @Test
    void uploadAfterThePolicyExpiredIsDenied() throws IOException {
        JsonNode fields = presign().get("fields");
        now.set(now.get().plus(Duration.ofHours(2)));

        assertThatThrownBy(() -> upload(KEY, fields.get("policy").asText(), fields.get("x-amz-signature").asText()))
                .isInstanceOf(CloudAccessDeniedException.class).hasMessageContaining("expired");
    }

    @Test
    void policyNamesTheBucketTheKeyAndTheExpiry() throws IOException {
        JsonNode policy = new ObjectMapper().readTree(Base64.getDecoder().decode(
                presign().get("fields").get("policy").asText()));

        assertThat(policy.get("expiration").asText()).isEqualTo("2026-11-29T11:00:00Z");
        assertThat(policy.get("conditions").toString()).contains(BUCKET).contains(KEY);
    }

    @Test
    void injectedFaultFailsTheCall() {
        cloud.faults.inject(Operation.HEAD_BUCKET, ACCOUNT, Kind.THROTTLING, 1);

        assertThatThrownBy(() -> cloud.datasetBuckets.bucketExists(ACCOUNT, REGION, BUCKET))
                .isInstanceOf(CloudThrottledException.class);
    }

    private JsonNode presign() throws IOException {
        return new ObjectMapper().readTree(cloud.datasetBuckets.presignedPost(ACCOUNT, REGION, BUCKET, KEY));
    }

    private void upload(String key, String policy, String signature) {
        cloud.datasetBuckets.acceptUpload(BUCKET, key, policy, signature, "id\n1\n".getBytes(StandardCharsets.UTF_8));
    }
}
