package io.grantline.graphql.sagarun;

import static io.grantline.api.history.ResourceTypes.DATASET;
import static io.grantline.api.history.ResourceTypes.ENVIRONMENT;
import static io.grantline.api.history.ResourceTypes.SHARE;

import io.grantline.api.Actor;
import io.grantline.api.history.ResourceTypes;
import io.grantline.graphql.security.Authorizer;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Who may read a saga run, for queries and subscriptions alike: the admin group every run; other callers the runs
 * of an environment (GET_ENVIRONMENT), a dataset (GET_DATASET) or a share (GET_SHARE_OBJECT, as getShareObject) they
 * may read.
 */
@Component
public class SagaRunReaders {

    /** The kinds of target a saga run works on. */
    private static final List<String> RUN_TARGETS = List.of(ENVIRONMENT, DATASET, SHARE);

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
        return RUN_TARGETS.stream().anyMatch(type -> (targetType == null || type.equals(targetType))
                && authorizer.holds(actor, uri, ResourceTypes.readPermission(type)));
    }
}
