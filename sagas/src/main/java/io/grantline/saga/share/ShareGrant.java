package io.grantline.saga.share;

import io.grantline.api.share.ShareDataPermission;
import io.grantline.api.share.SharedDataset;
import io.grantline.api.share.ShareTarget;
import java.util.List;

/** What every grant of one share needs: the dataset side, the principal side and the permissions asked for. */
public record ShareGrant(String shareUri, SharedDataset dataset, ShareTarget target,
                         List<ShareDataPermission> permissions) {

    public ShareGrant {
        permissions = permissions == null || permissions.isEmpty()
                ? List.of(ShareDataPermission.Read) : List.copyOf(permissions);
    }

    public boolean crossAccount() {
        return target.crossAccount(dataset);
    }
}
