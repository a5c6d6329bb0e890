package io.grantline.cloud.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.grantline.cloud.AccountAccess;
import io.grantline.cloud.CloudAccessDeniedException;
import io.grantline.cloud.CloudResourceNotFoundException;
import io.grantline.cloud.DatasetBuckets;
import io.grantline.cloud.local.LocalCloudFaults.Operation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Dataset buckets in the local cloud: folders under the data folder ({@link LocalBucketFolders}). An upload link is
 * a presigned POST to this application at {@value #PATH}{@code <bucket>}: a policy naming the bucket, the key and
 * an expiry, signed with a key the local cloud keeps; {@link #acceptUpload} checks it as S3 would.
 */
public class LocalDatasetBuckets implements DatasetBuckets {

    /** Where the application accepts presigned uploads. */
    public static final String PATH = "/local-cloud/buckets/";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SIGNING_KEY_SETTING = "upload-signing-key";
    private static final Duration UPLOAD_VALIDITY = Duration.ofHours(1);

    private final LocalBucketFolders folders;
    private final AccountAccess accountAccess;
    private final LocalCloudFaults faults;
    private final LocalSigner signer;
    private final Supplier<URI> baseUrl;
    private final Clock clock;

    /** @param baseUrl where the application answers HTTP, asked for each link (a test server's port comes late) */
    public LocalDatasetBuckets(LocalBucketFolders folders, AccountAccess accountAccess, LocalCloudFaults faults,
                               JdbcTemplate jdbc, Supplier<URI> baseUrl, Clock clock) {
        this.folders = folders;
        this.accountAccess = accountAccess;
        this.faults = faults;
        this.signer = new LocalSigner(jdbc, SIGNING_KEY_SETTING);
        this.baseUrl = baseUrl;
        this.clock = clock;
    }

    @Override
    public boolean bucketExists(String accountId, String region, String bucketName) {
        accountAccess.assumePivotRole(accountId, region);
        faults.raiseIfInjected(Operation.HEAD_BUCKET, accountId);
        return folders.exists(bucketName);
    }

    @Override
    public void createPrefix(String accountId, String region, String bucketName, String prefix) {
        accountAccess.assumePivotRole(accountId, region);
        faults.raiseIfInjected(Operation.PUT_OBJECT, accountId);
        Path folder = folders.prefixFolder(bucketName, prefix);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not make s3://" + bucketName + "/" + prefix, e);
        }
    }

    @Override
    public String presignedPost(String accountId, String region, String bucketName, String key) {
        accountAccess.assumePivotRole(accountId, region);
        faults.raiseIfInjected(Operation.PRESIGN_POST, accountId);
        folders.objectFile(bucketName, key);
        ObjectNode policy = JSON.createObjectNode();
        policy.put("expiration", clock.instant().plus(UPLOAD_VALIDITY).toString());
        ArrayNode conditions = policy.putArray("conditions");
        conditions.addObject().put("bucket", bucketName);
        conditions.addObject().put("key", key);
        String encodedPolicy = Base64.getEncoder().encodeToString(json(policy).getBytes(StandardCharsets.UTF_8));
        ObjectNode answer = JSON.createObjectNode();
        answer.put("url", baseUrl.get().toString().replaceAll("/+$", "") + PATH + bucketName);
        ObjectNode fields = answer.putObject("fields");
        fields.put("key", key);
        fields.put("policy", encodedPolicy);
        fields.put("x-amz-signature", signer.sign(encodedPolicy));
        return json(answer);
    }

    @Override
    public String readObject(String accountId, String region, String bucketName, String key) {
        accountAccess.assumePivotRole(accountId, region);
        faults.raiseIfInjected(Operation.GET_OBJECT, accountId);
        Path file = folders.objectFile(bucketName, key);
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new CloudResourceNotFoundException("The specified key does not exist: " + key, e);
        } catch (IOException e) {
            if (Files.isDirectory(file)) {
                throw new CloudResourceNotFoundException("The specified key does not exist: " + key, e);
            }
            throw new UncheckedIOException("Could not read s3://" + bucketName + "/" + key, e);
        }
    }

    /**
     * Stores a file posted with the fields of {@link #presignedPost}, if the policy is genuine, unexpired and names
     * this bucket and key.
     */
    public void acceptUpload(String bucketName, String key, String encodedPolicy, String signature, byte[] content) {
        if (encodedPolicy == null || !signer.verify(encodedPolicy, signature)) {
            throw new CloudAccessDeniedException("The request signature we calculated does not match the signature "
                    + "you provided.");
        }
        JsonNode policy = decode(encodedPolicy);
        if (expired(policy.path("expiration").asText())) {
            throw new CloudAccessDeniedException("Invalid according to Policy: Policy expired.");
        }
        if (!allows(policy, "bucket", bucketName) || !allows(policy, "key", key)) {
            throw new CloudAccessDeniedException("Invalid according to Policy: Policy Condition failed: "
                    + "[\"eq\", \"$key\", \"" + key + "\"]");
        }
        folders.write(bucketName, key, content);
    }

    private boolean expired(String expiration) {
        try {
            return !clock.instant().isBefore(Instant.parse(expiration));
        } catch (DateTimeParseException e) {
            return true;
        }
    }

    private static boolean allows(JsonNode policy, String field, String value) {
        for (JsonNode condition : policy.path("conditions")) {
            if (condition.has(field)) {
                return condition.get(field).asText().equals(value);
            }
        }
        return false;
    }

    private static JsonNode decode(String encodedPolicy) {
        try {
            return JSON.readTree(Base64.getDecoder().decode(encodedPolicy));
        } catch (IOException | IllegalArgumentException e) {
            throw new CloudAccessDeniedException("Invalid Policy: Invalid JSON.");
        }
    }

    private static String json(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
