package io.grantline.cloud.local;

import io.grantline.cloud.AccountAccess;
import io.grantline.cloud.BucketPolicies;
import io.grantline.cloud.CloudResourceNotFoundException;
import io.grantline.cloud.local.LocalCloudFaults.Operation;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** Bucket policies in the local cloud, for buckets that exist (folders under the buckets' root), kept as put. */
public class LocalBucketPolicies implements BucketPolicies {

    private final JdbcTemplate jdbc;
    private final AccountAccess accountAccess;
    private final LocalCloudFaults faults;
    private final LocalBucketFolders buckets;
    private final Clock clock;

    public LocalBucketPolicies(JdbcTemplate jdbc, AccountAccess accountAccess, LocalCloudFaults faults,
                               LocalBucketFolders buckets, Clock clock) {
        this.jdbc = jdbc;
        this.accountAccess = accountAccess;
        this.faults = faults;
        this.buckets = buckets;
        this.clock = clock;
    }

    @Override
    public Optional<String> policy(String accountId, String region, String bucketName) {
        accountAccess.assumePivotRole(accountId, region);
        faults.raiseIfInjected(Operation.GET_BUCKET_POLICY, accountId);
        requireBucket(bucketName);
        return stored(bucketName);
    }

    @Override
    public void putPolicy(String accountId, String region, String bucketName, String policyJson) {
        accountAccess.assumePivotRole(accountId, region);
        faults.raiseIfInjected(Operation.PUT_BUCKET_POLICY, accountId);
        requireBucket(bucketName);
        LocalPolicyEvaluator.parse(policyJson);
        jdbc.update("""
                insert into local_s3_bucket_policy (bucket_name, policy, updated) values (?, ?, ?)
                on conflict (bucket_name) do update set policy = excluded.policy, updated = excluded.updated""",
                bucketName, policyJson, Timestamp.from(clock.instant()));
    }

    Optional<String> stored(String bucketName) {
        return jdbc.queryForList("select policy from local_s3_bucket_policy where bucket_name = ?", String.class,
                bucketName).stream().findFirst();
    }

    private void requireBucket(String bucketName) {
        if (!buckets.exists(bucketName)) {
            throw new CloudResourceNotFoundException("NoSuchBucket: The specified bucket does not exist: "
                    + bucketName);
        }
    }
}
