package io.grantline.cdk.dataset;

import java.util.List;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.kms.IKey;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.CorsRule;
import software.amazon.awscdk.services.s3.HttpMethods;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.amazon.awscdk.services.s3.NoncurrentVersionTransition;
import software.amazon.awscdk.services.s3.StorageClass;
import software.amazon.awscdk.services.s3.Transition;
import software.constructs.Construct;

/** The bucket holding the dataset's objects, or the user's bucket when the dataset was imported. */
final class DatasetBucket {

    private DatasetBucket() {
    }

    static IBucket createOrImport(Construct scope, DatasetStackProps props, DatasetKey key) {
        if (props.importedS3Bucket()) {
            return Bucket.fromBucketName(scope, "ImportedDatasetBucket", props.bucketName());
        }
        IKey encryptionKey = key.key().orElseThrow(
                () -> new IllegalStateException("A bucket the stack creates is always encrypted with a KMS key"));
        Bucket.Builder bucket = Bucket.Builder.create(scope, "DatasetBucket")
                .bucketName(props.bucketName())
                .encryption(BucketEncryption.KMS)
                .encryptionKey(encryptionKey)
                .bucketKeyEnabled(true)
                .versioned(true)
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .enforceSsl(true)
                .removalPolicy(RemovalPolicy.RETAIN)
                // Browsers upload straight to the bucket with presigned URLs.
                .cors(List.of(CorsRule.builder()
                        .allowedMethods(List.of(HttpMethods.HEAD, HttpMethods.POST, HttpMethods.PUT,
                                HttpMethods.DELETE, HttpMethods.GET))
                        .allowedOrigins(List.of("*"))
                        .allowedHeaders(List.of("*"))
                        .build()))
                .lifecycleRules(List.of(lifecycle()));
        if (props.accessLogsBucketName() != null) {
            bucket.serverAccessLogsBucket(
                            Bucket.fromBucketName(scope, "EnvironmentAccessLogsBucket", props.accessLogsBucketName()))
                    .serverAccessLogsPrefix(props.bucketName() + "/");
        }
        Bucket created = bucket.build();
        // The SSL-only policy stays with the bucket when the stack is deleted.
        created.getPolicy().applyRemovalPolicy(RemovalPolicy.RETAIN);
        return created;
    }

    private static LifecycleRule lifecycle() {
        return LifecycleRule.builder()
                .id("TierDownAgeingObjects")
                .enabled(true)
                .abortIncompleteMultipartUploadAfter(Duration.days(7))
                .transitions(List.of(
                        transition(StorageClass.INTELLIGENT_TIERING, 90),
                        transition(StorageClass.GLACIER, 360)))
                .noncurrentVersionTransitions(List.of(
                        NoncurrentVersionTransition.builder()
                                .storageClass(StorageClass.INFREQUENT_ACCESS)
                                .transitionAfter(Duration.days(30))
                                .build(),
                        NoncurrentVersionTransition.builder()
                                .storageClass(StorageClass.GLACIER)
                                .transitionAfter(Duration.days(60))
                                .build()))
                .build();
    }

    private static Transition transition(StorageClass storageClass, int days) {
        return Transition.builder().storageClass(storageClass).transitionAfter(Duration.days(days)).build();
    }
}
