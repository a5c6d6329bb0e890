package io.grantline.graphql.share;

import static io.grantline.api.permission.TenantPermission.MANAGE_SHARES;

import io.grantline.api.Actor;
import io.grantline.api.share.ShareQueries.ShareView;
import io.grantline.graphql.security.Authorizer;
import io.grantline.graphql.support.Inputs;
import org.springframework.stereotype.Component;

/** data.all's checks of the share mutations: MANAGE_SHARES, then the permission on the share. */
@Component
public class ShareGuards {

    private final Authorizer authorizer;
    private final ShareReads reads;

    public ShareGuards(Authorizer authorizer, ShareReads reads) {
        this.authorizer = authorizer;
        this.reads = reads;
    }

    /** Checks the caller may act on the share and answers it as the read model has it. */
    public ShareView requireOnShare(Actor actor, String action, String shareUri, String permission) {
        authorizer.requireTenant(actor, MANAGE_SHARES);
        String uri = Inputs.required(action, "shareUri", shareUri);
        authorizer.requireResource(actor, uri, permission);
        return reads.share(uri);
    }

    /** A read of the share: no tenant permission, as data.all's getShareObject. */
    public ShareView requireToRead(Actor actor, String action, String shareUri, String permission) {
        String uri = Inputs.required(action, "shareUri", shareUri);
        authorizer.requireResource(actor, uri, permission);
        return reads.share(uri);
    }
}
