package io.grantline.cloud.aws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grantline.cloud.CloudAccessDeniedException;
import io.grantline.cloud.DatasetBuckets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Dataset buckets in the environment account, through the pivot role; the account must own the bucket. */
public class AwsDatasetBuckets implements DatasetBuckets {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AwsDatasetClients clients;
    private final Clock clock;

    public AwsDatasetBuckets(AwsDatasetClients clients, Clock clock) {
        this.clients = clients;
        this.clock = clock;
    }

    @Override
    public boolean bucketExists(String accountId, String region, String bucketName) {
        try {
            clients.s3(accountId, region).headBucket(request -> request.bucket(bucketName)
                    .expectedBucketOwner(accountId));
            return true;
        } catch (NoSuchBucketException e) {
            return false;
        } catch (S3Exception e) {
            // HEAD answers carry no error code, only the status
            if (e.statusCode() == 404) {
                return false;
            }
            if (e.statusCode() == 403) {
                throw new CloudAccessDeniedException("s3:HeadBucket " + bucketName + ": the bucket belongs to "
                        + "another account than " + accountId + ", or the pivot role may not read it", e);
            }
            throw AwsErrors.translate("s3:HeadBucket " + bucketName, e);
        } catch (SdkException e) {
            throw AwsErrors.translate("s3:HeadBucket " + bucketName, e);
        }
    }

    @Override
    public void createPrefix(String accountId, String region, String bucketName, String prefix) {
        String key = prefix.endsWith("/") ? prefix : prefix + "/";
        try {
            clients.s3(accountId, region).putObject(request -> request.bucket(bucketName).key(key)
                    .expectedBucketOwner(accountId), RequestBody.empty());
        } catch (SdkException e) {
            throw AwsErrors.translate("s3:PutObject s3://" + bucketName + "/" + key, e);
        }
    }

    @Override
    public String presignedPost(String accountId, String region, String bucketName, String key) {
        AwsCredentials credentials;
        try {
            credentials = clients.pivotCredentials(accountId).resolveCredentials();
        } catch (SdkException e) {
            throw AwsErrors.translate("sts:AssumeRole pivot role of " + accountId, e);
        }
        Map<String, Object> post = new LinkedHashMap<>();
        post.put("url", uploadUrl(region, bucketName));
        post.put("fields", PresignedPost.fields(credentials, region, bucketName, key, clock.instant(),
                clients.settings().uploadValidity()));
        try {
            return JSON.writeValueAsString(post);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A map of strings is always writable as JSON", e);
        }
    }

    @Override
    public String readObject(String accountId, String region, String bucketName, String key) {
        try {
            return clients.s3(accountId, region).getObjectAsBytes(request -> request.bucket(bucketName).key(key)
                    .expectedBucketOwner(accountId)).asUtf8String();
        } catch (SdkException e) {
            throw AwsErrors.translate("s3:GetObject s3://" + bucketName + "/" + key, e);
        }
    }

    private String uploadUrl(String region, String bucketName) {
        if (clients.settings().s3Endpoint() != null) {
            String endpoint = clients.settings().s3Endpoint().toString();
            return (endpoint.endsWith("/") ? endpoint : endpoint + "/") + bucketName + "/";
        }
        return "https://" + bucketName + ".s3." + region + ".amazonaws.com/";
    }
}
