package io.grantline.cloud.local;

import io.grantline.cloud.AccessPoints;
import io.grantline.cloud.AccountAccess;
import io.grantline.cloud.CloudRequestFailedException;
import io.grantline.cloud.CloudResourceNotFoundException;
import io.grantline.cloud.local.LocalCloudFaults.Operation;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * S3 access points in the local cloud, on buckets that exist (folders under the buckets' root), each with an
 * optional policy kept as it was put.
 */
public class LocalAccessPoints implements AccessPoints {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{1,48}[a-z0-9]");
    private static final String ALIAS_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** An access point with its policy, as the access check reads it. */
    record Stored(String accountId, String region, AccessPoint accessPoint, String policy) {
    }

    private final JdbcTemplate jdbc;
    private final AccountAccess accountAccess;
    private final LocalCloudFaults faults;
    private final LocalBucketFolders buckets;
    private final Clock clock;

    public LocalAccessPoints(JdbcTemplate jdbc, AccountAccess accountAccess, LocalCloudFaults faults,
                             LocalBucketFolders buckets, Clock clock) {
        this.jdbc = jdbc;
        this.accountAccess = accountAccess;
        this.faults = faults;
        this.buckets = buckets;
        this.clock = clock;
    }

    @Override
    public Optional<AccessPoint> find(String accountId, String region, String name) {
        accountAccess.assumePivotRole(accountId, region);
        faults.raiseIfInjected(Operation.GET_ACCESS_POINT, accountId);
        return stored(accountId, region, name).map(Stored::accessPoint);
    }

    @Override
    public AccessPoint ensure(String accountId, String region, String name, String bucketName) {
        accountAccess.assumePivotRole(accountId, region);
        faults.raiseIfInjected(Operation.CREATE_ACCESS_POINT, accountId);
        if (name == null || !NAME.matcher(name).matches() || name.contains("--")) {
            throw new CloudRequestFailedException("InvalidAccessPointName: " + name);
        }
        if (!buckets.exists(bucketName)) {
            throw new CloudResourceNotFoundException("NoSuchBucket: The specified bucket does not exist: "
                    + bucketName);
        }
        jdbc.update("""
                insert into local_s3_access_point (account_id, region, name, bucket_name, alias, policy, created)
                values (?, ?, ?, ?, ?, null, ?) on conflict do nothing""",
                accountId, region, name, bucketName, name + "-" + random(34) + "-s3alias",
                Timestamp.from(clock.instant()));
        return stored(accountId, region, name).map(Stored::accessPoint).orElseThrow();
    }

    @Override
    public void delete(String accountId, String region, String name) {
        accountAccess.assumePivotRole(accountId, region);
        faults.raiseIfInjected(Operation.DELETE_ACCESS_POINT, accountId);
        jdbc.update("delete from local_s3_access_point where account_id = ? and region = ? and name = ?",
                accountId, region, name);
    }

    @Override
    public Optional<String> policy(String accountId, String region, String name) {
        accountAccess.assumePivotRole(accountId, region);
        faults.raiseIfInjected(Operation.GET_ACCESS_POINT_POLICY, accountId);
        return Optional.ofNullable(existing(accountId, region, name).policy());
    }

    @Override
    public void putPolicy(String accountId, String region, String name, String policyJson) {
        accountAccess.assumePivotRole(accountId, region);
        faults.raiseIfInjected(Operation.PUT_ACCESS_POINT_POLICY, accountId);
        existing(accountId, region, name);
        LocalPolicyEvaluator.parse(policyJson);
        jdbc.update("update local_s3_access_point set policy = ? where account_id = ? and region = ? and name = ?",
                policyJson, accountId, region, name);
    }

    static String arnOf(String accountId, String region, String name) {
        return "arn:aws:s3:" + region + ":" + accountId + ":accesspoint/" + name;
    }

    /** Every access point of the bucket, in any account. */
    List<Stored> ofBucket(String bucketName) {
        return jdbc.query("""
                select account_id, region, name, bucket_name, alias, policy from local_s3_access_point
                where bucket_name = ? order by account_id, region, name""", LocalAccessPoints::stored, bucketName);
    }

    private Stored existing(String accountId, String region, String name) {
        return stored(accountId, region, name).orElseThrow(() -> new CloudResourceNotFoundException(
                "NoSuchAccessPoint: The specified accesspoint does not exist: " + name));
    }

    private Optional<Stored> stored(String accountId, String region, String name) {
        return jdbc.query("""
                select account_id, region, name, bucket_name, alias, policy from local_s3_access_point
                where account_id = ? and region = ? and name = ?""", LocalAccessPoints::stored,
                accountId, region, name).stream().findFirst();
    }

    private static Stored stored(ResultSet rs, int row) throws SQLException {
        String accountId = rs.getString(1);
        String region = rs.getString(2);
        String name = rs.getString(3);
        return new Stored(accountId, region,
                new AccessPoint(name, rs.getString(4), arnOf(accountId, region, name), rs.getString(5)),
                rs.getString(6));
    }

    private static String random(int length) {
        StringBuilder value = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            value.append(ALIAS_CHARACTERS.charAt(RANDOM.nextInt(ALIAS_CHARACTERS.length())));
        }
        return value.toString();
    }
}
