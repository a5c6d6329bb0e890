package io.grantline.graphql.timetravel;

import static io.grantline.api.history.ResourceTypes.DATASET;
import static io.grantline.api.history.ResourceTypes.FOLDER;
import static io.grantline.api.history.ResourceTypes.SHARE;
import static io.grantline.api.history.ResourceTypes.TABLE;

import io.grantline.api.history.ResourceTypes;

import io.grantline.api.Actor;
import io.grantline.api.error.InvalidInput;
import io.grantline.api.error.ObjectNotFound;
import io.grantline.api.timetravel.TimeTravelQueries.FindTimeTravelResource;
import io.grantline.api.timetravel.TimeTravelResource;
import io.grantline.graphql.security.Authorizer;
import io.grantline.graphql.support.Queries;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Who may look at a resource's past: whoever may read the resource now (the permission its own read operation
 * checks: getDataset, getDatasetTable, getDatasetStorageLocation, getShareObject), and the admin group, which may
 * also look at deleted resources. The resource is looked up in the event store, so an unknown uri is not found
 * whoever asks.
 */
@Component
public class TimeTravelAccess {

    static final Map<String, String> OBJECT_TYPES = Map.of(
            DATASET, "Dataset",
            TABLE, "DatasetTable",
            FOLDER, "DatasetStorageLocation",
            SHARE, "ShareObject");

    private final Queries queries;
    private final Authorizer authorizer;

    public TimeTravelAccess(Queries queries, Authorizer authorizer) {
        this.queries = queries;
        this.authorizer = authorizer;
    }

    /**
     * Checks the uri names a resource of one of the kinds and that the caller may read it; answers it. A uri of
     * another kind is refused as input naming the field.
     */
    public TimeTravelResource requireReadable(Actor actor, String action, String field, String uri,
                                              String objectType, String... kinds) {
        TimeTravelResource resource = queries.ask(new FindTimeTravelResource(uri), TimeTravelResource.class);
        if (resource == null) {
            throw new ObjectNotFound(objectType, uri);
        }
        if (!java.util.List.of(kinds).contains(resource.resourceType())) {
            throw new InvalidInput(action, field, "must name a " + String.join(", ", kinds) + "; " + uri + " is a "
                    + resource.resourceType());
        }
        if (!authorizer.isTenantAdmin(actor)) {
            authorizer.requireResource(actor, uri, ResourceTypes.readPermission(resource.resourceType()));
        }
        return resource;
    }

    static String objectType(String resourceType) {
        return OBJECT_TYPES.get(resourceType);
    }
}
