package io.grantline.graphql.sagarun;

import io.grantline.api.Actor;
import io.grantline.api.permission.DatasetPermissions;
import io.grantline.api.permission.ResourcePermissions;
import io.grantline.api.permission.SharePermissions;
import io.grantline.graphql.security.Authorizer;
import org.springframework.stereotype.Component;

/**
 * Who may read a saga run, for queries and subscriptions alike: the admin group every run; other callers the runs
 * of an environment (GET_ENVIRONMENT), a dataset (GET_DATASET) or a share (GET_SHARE_OBJECT, as getShareObject) they
 * may read.
 */
@Component
public class SagaRunReaders {

    private final Authorizer authorizer;

    public SagaRunReaders(Authorizer authorizer) {
        this.authorizer = authorizer;
    }

    public boolean readsEveryRun(Actor actor) {
        return authorizer.isTenantAdmin(actor);
    }

    /** A run's target type is known; a filter's or subscription's target (targetType null) is tried as each type. */
    public boolean canRead(Actor actor, String targetUri, String targetType) {
        if (readsEveryRun(actor)) {
            return true;
        }
        if (targetUri == null || targetUri.isBlank()) {
            return false;
        }
        String uri = targetUri.trim();
        return readable(targetType, "environment") && authorizer.holds(actor, uri, ResourcePermissions.GET_ENVIRONMENT)
                || readable(targetType, "dataset") && authorizer.holds(actor, uri, DatasetPermissions.GET_DATASET)
                || readable(targetType, "share") && authorizer.holds(actor, uri, SharePermissions.GET_SHARE_OBJECT);
    }

    private static boolean readable(String targetType, String type) {
        return targetType == null || type.equals(targetType);
    }
}
