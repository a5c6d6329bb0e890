package io.grantline.saga.share.manager;

import io.grantline.api.share.ShareDataPermission;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** data.all's S3 actions and bucket policy Sids for a share's data permissions (Write and Modify build on Read). */
final class BucketActions {

    static final String READ_ONLY_SID = "DataAll-Bucket-ReadOnly";
    static final String WRITE_ONLY_SID = "DataAll-Bucket-WriteOnly";
    static final String MODIFY_ONLY_SID = "DataAll-Bucket-ModifyOnly";
    static final List<String> ALL_SIDS = List.of(READ_ONLY_SID, WRITE_ONLY_SID, MODIFY_ONLY_SID);

    private static final Map<ShareDataPermission, String> SID = Map.of(
            ShareDataPermission.Read, READ_ONLY_SID,
            ShareDataPermission.Write, WRITE_ONLY_SID,
            ShareDataPermission.Modify, MODIFY_ONLY_SID);
    private static final Map<ShareDataPermission, List<String>> ACTIONS = Map.of(
            ShareDataPermission.Read, List.of("s3:List*", "s3:GetObject", "s3:GetObjectAttributes"),
            ShareDataPermission.Write, List.of("s3:PutObject"),
            ShareDataPermission.Modify, List.of("s3:DeleteObject"));

    private BucketActions() {
    }

    /** The bucket policy statements a principal is added to for the permissions, on the bucket and its objects. */
    static List<PolicyStatement> bucketStatements(List<ShareDataPermission> permissions, String bucketName) {
        List<PolicyStatement> statements = new ArrayList<>();
        for (ShareDataPermission permission : withRead(permissions)) {
            statements.add(PolicyStatement.allow(SID.get(permission)).actions(ACTIONS.get(permission))
                    .resources(ShareArns.bucketAndObjects(bucketName)));
        }
        return statements;
    }

    /** Every action the permissions allow on objects, as one list (an access point's object statement). */
    static List<String> objectActions(List<ShareDataPermission> permissions) {
        Set<String> actions = new LinkedHashSet<>();
        withRead(permissions).forEach(permission -> actions.addAll(ACTIONS.get(permission)));
        return List.copyOf(actions);
    }

    private static List<ShareDataPermission> withRead(List<ShareDataPermission> permissions) {
        Set<ShareDataPermission> all = new LinkedHashSet<>();
        all.add(ShareDataPermission.Read);
        all.addAll(permissions);
        return List.copyOf(all);
    }
}
