package io.grantline.cloud.aws;

import io.grantline.cloud.BucketPolicies;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** Bucket policies of the environment account's buckets, through the pivot role; the account must own the bucket. */
public class AwsBucketPolicies implements BucketPolicies {

    static final String NO_SUCH_POLICY = "NoSuchBucketPolicy";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AwsDatasetClients clients;

    public AwsBucketPolicies(AwsDatasetClients clients) {
        this.clients = clients;
    }

    @Override
    public Optional<String> policy(String accountId, String region, String bucketName) {
        try {
            return Optional.ofNullable(clients.s3(accountId, region).getBucketPolicy(request -> request
                    .bucket(bucketName).expectedBucketOwner(accountId)).policy());
        } catch (S3Exception e) {
            if (e.awsErrorDetails() != null && NO_SUCH_POLICY.equals(e.awsErrorDetails().errorCode())) {
                return Optional.empty();
            }
            throw AwsErrors.translate("s3:GetBucketPolicy " + bucketName, e);
        } catch (SdkException e) {
            throw AwsErrors.translate("s3:GetBucketPolicy " + bucketName, e);
        }
    }

    /** S3 refuses a policy without statements, so the last revocation deletes the policy instead. */
    @Override
    public void putPolicy(String accountId, String region, String bucketName, String policyJson) {
        if (withoutStatements(policyJson)) {
            deletePolicy(accountId, region, bucketName);
            return;
        }
        try {
            clients.s3(accountId, region).putBucketPolicy(request -> request.bucket(bucketName)
                    .expectedBucketOwner(accountId).policy(policyJson));
        } catch (SdkException e) {
            throw AwsErrors.translate("s3:PutBucketPolicy " + bucketName, e);
        }
    }

    private void deletePolicy(String accountId, String region, String bucketName) {
        try {
            clients.s3(accountId, region).deleteBucketPolicy(request -> request.bucket(bucketName)
                    .expectedBucketOwner(accountId));
        } catch (SdkException e) {
            throw AwsErrors.translate("s3:DeleteBucketPolicy " + bucketName, e);
        }
    }

    static boolean withoutStatements(String policyJson) {
        try {
            JsonNode statements = JSON.readTree(policyJson).path("Statement");
            return statements.isMissingNode() || statements.isNull() || statements.isArray() && statements.isEmpty();
        } catch (JsonProcessingException e) {
            return false;
        }
    }
}
