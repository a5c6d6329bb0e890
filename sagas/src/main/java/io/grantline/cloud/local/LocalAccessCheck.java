package io.grantline.cloud.local;

import io.grantline.cloud.IamPrincipal;
import io.grantline.cloud.local.LocalAccessPoints.Stored;
import io.grantline.cloud.local.LocalPolicyEvaluator.Decision;
import io.grantline.cloud.local.LocalPolicyEvaluator.Request;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a principal may read a table or an object in the local cloud, from what its Lake Formation, S3 and IAM
 * hold now, so tests can show access appearing after a share and going after a revocation. It reads the local
 * cloud directly: no pivot role, no injected faults.
 */
public class LocalAccessCheck {

    private static final List<String> READ = List.of("SELECT", "ALL");
    private static final List<String> DESCRIBE = List.of("DESCRIBE", "ALL");
    private static final String GET_OBJECT = "s3:GetObject";

    private final LocalLakeFormation lakeFormation;
    private final LocalGlueSharedDatabases sharedDatabases;
    private final LocalBucketPolicies bucketPolicies;
    private final LocalAccessPoints accessPoints;
    private final LocalManagedPolicies managedPolicies;

    public LocalAccessCheck(LocalLakeFormation lakeFormation, LocalGlueSharedDatabases sharedDatabases,
                            LocalBucketPolicies bucketPolicies, LocalAccessPoints accessPoints,
                            LocalManagedPolicies managedPolicies) {
        this.lakeFormation = lakeFormation;
        this.sharedDatabases = sharedDatabases;
        this.bucketPolicies = bucketPolicies;
        this.accessPoints = accessPoints;
        this.managedPolicies = managedPolicies;
    }

    /**
     * A table of the account: the principal holds SELECT on it (or on one of its data cells filters). A resource
     * link of the account: the principal holds DESCRIBE on the link and SELECT on the table it points at, which
     * the account sees (its own, or shared with it and the RAM invitation accepted).
     */
    public boolean canReadTable(String principalArn, String accountId, String region, String databaseName,
                                String tableName) {
        if (sharedDatabases.tableExists(accountId, region, databaseName, tableName)) {
            return lakeFormation.holdsOnTable(accountId, region, databaseName, tableName, principalArn, READ);
        }
        return sharedDatabases.find(accountId, region, databaseName, tableName)
                .filter(link -> lakeFormation.holdsOnTable(accountId, region, databaseName, tableName, principalArn,
                        DESCRIBE))
                .filter(link -> sharedDatabases.visible(accountId, region, link.targetCatalogId(),
                        link.targetDatabaseName(), link.targetTableName()))
                .filter(link -> lakeFormation.holdsOnTable(link.targetCatalogId(), region,
                        link.targetDatabaseName(), link.targetTableName(), principalArn, READ))
                .isPresent();
    }

    /**
     * The bucket policy allows the principal s3:GetObject on the key; or, through one of the bucket's access
     * points, the access point policy allows it, the bucket policy delegates the access to the access point (as
     * S3 requires) and the principal's attached managed policies allow it on the access point. An explicit Deny
     * in any of them refuses.
     */
    public boolean canReadObject(String principalArn, String bucketName, String key) {
        Optional<String> bucketPolicy = bucketPolicies.stored(bucketName);
        Request direct = new Request(principalArn, GET_OBJECT, objectArn(bucketName, key),
                principalContext(principalArn));
        Decision directDecision = bucketPolicy.map(policy -> LocalPolicyEvaluator.evaluateResourcePolicy(policy,
                direct)).orElse(Decision.NOT_ALLOWED);
        if (directDecision != Decision.NOT_ALLOWED) {
            return directDecision == Decision.ALLOW;
        }
        return bucketPolicy.isPresent() && accessPoints.ofBucket(bucketName).stream()
                .anyMatch(accessPoint -> readableThrough(accessPoint, bucketPolicy.get(), principalArn, bucketName,
                        key));
    }

    private boolean readableThrough(Stored accessPoint, String bucketPolicy, String principalArn, String bucketName,
                                    String key) {
        if (accessPoint.policy() == null) {
            return false;
        }
        String accessPointArn = accessPoint.accessPoint().arn();
        Map<String, String> context = principalContext(principalArn);
        context.put("s3:DataAccessPointArn", accessPointArn);
        context.put("s3:DataAccessPointAccount", accessPoint.accountId());
        context.put("s3:AccessPointNetworkOrigin", "Internet");
        Request throughAccessPoint = new Request(principalArn, GET_OBJECT, accessPointArn + "/object/" + key,
                context);
        Request onBucket = new Request(principalArn, GET_OBJECT, objectArn(bucketName, key), context);
        return LocalPolicyEvaluator.evaluateResourcePolicy(accessPoint.policy(), throughAccessPoint) == Decision.ALLOW
                && LocalPolicyEvaluator.evaluateResourcePolicy(bucketPolicy, onBucket) == Decision.ALLOW
                && LocalPolicyEvaluator.evaluateIdentityPolicies(identityPolicies(principalArn), throughAccessPoint)
                == Decision.ALLOW;
    }

    private List<String> identityPolicies(String principalArn) {
        return iamPrincipal(principalArn)
                .map(principal -> managedPolicies.attachedDocuments(LocalPolicyEvaluator.accountOf(principalArn),
                        principal))
                .orElse(List.of());
    }

    /** The role or user of an IAM ARN (a path before the name is dropped) or of an STS assumed-role ARN. */
    static Optional<IamPrincipal> iamPrincipal(String principalArn) {
        if (LocalPolicyEvaluator.accountOf(principalArn) == null) {
            return Optional.empty();
        }
        String resource = principalArn.split(":", 6)[5];
        String[] parts = resource.split("/");
        if (parts.length < 2) {
            return Optional.empty();
        }
        return switch (parts[0]) {
            case "role" -> Optional.of(new IamPrincipal(IamPrincipal.Type.ROLE, parts[parts.length - 1]));
            case "user" -> Optional.of(new IamPrincipal(IamPrincipal.Type.USER, parts[parts.length - 1]));
            case "assumed-role" -> Optional.of(new IamPrincipal(IamPrincipal.Type.ROLE, parts[1]));
            default -> Optional.empty();
        };
    }

    private static Map<String, String> principalContext(String principalArn) {
        Map<String, String> context = new HashMap<>();
        context.put("aws:PrincipalArn", principalArn);
        String account = LocalPolicyEvaluator.accountOf(principalArn);
        if (account != null) {
            context.put("aws:PrincipalAccount", account);
        }
        return context;
    }

    private static String objectArn(String bucketName, String key) {
        return "arn:aws:s3:::" + bucketName + "/" + key;
    }
}
