package io.grantline.graphql.history;

import static io.grantline.api.history.ResourceTypes.DATASET;
import static io.grantline.api.history.ResourceTypes.ENVIRONMENT;
import static io.grantline.api.history.ResourceTypes.FOLDER;
import static io.grantline.api.history.ResourceTypes.ORGANIZATION;
import static io.grantline.api.history.ResourceTypes.SHARE;
import static io.grantline.api.history.ResourceTypes.TABLE;

import io.grantline.api.history.ResourceTypes;

import io.grantline.api.Actor;
import io.grantline.api.dataset.DatasetQueries.DatasetStorageLocationView;
import io.grantline.api.dataset.DatasetQueries.DatasetTableView;
import io.grantline.api.dataset.DatasetQueries.DatasetView;
import io.grantline.api.dataset.DatasetQueries.FindDataset;
import io.grantline.api.dataset.DatasetQueries.FindDatasetStorageLocation;
import io.grantline.api.dataset.DatasetQueries.FindDatasetTable;
import io.grantline.api.environment.EnvironmentQueries.EnvironmentView;
import io.grantline.api.environment.EnvironmentQueries.FindEnvironment;
import io.grantline.api.error.ObjectNotFound;
import io.grantline.api.history.HistoryQueries.FindHistoryResource;
import io.grantline.api.history.HistoryQueries.HistoryResource;
import io.grantline.api.organization.OrganizationQueries.FindOrganization;
import io.grantline.api.organization.OrganizationQueries.OrganizationView;
import io.grantline.api.share.ShareQueries.FindShare;
import io.grantline.api.share.ShareQueries.ShareView;
import io.grantline.graphql.security.Authorizer;
import io.grantline.graphql.support.Queries;
import org.springframework.stereotype.Component;

/**
 * Who may read a resource's history: whoever may read the resource now (the permission its own read operation
 * checks; a share as getShareObject does), and the admin group, which also reads the history of deleted resources.
 */
@Component
public class HistoryAccess {

    private final Queries queries;
    private final Authorizer authorizer;

    public HistoryAccess(Queries queries, Authorizer authorizer) {
        this.queries = queries;
        this.authorizer = authorizer;
    }

    /** The whole history (no resource named) is the admin group's business. */
    public void requireAdmin(Actor actor, String operation) {
        authorizer.requireTenantAdmin(actor, operation);
    }

    /** Checks the caller may read the resource's history; answers the resource's kind. */
    public String requireReadable(Actor actor, String resourceUri) {
        String type = typeOf(resourceUri);
        if (type == null) {
            throw new ObjectNotFound("Resource", resourceUri);
        }
        if (!authorizer.isTenantAdmin(actor)) {
            authorizer.requireResource(actor, resourceUri, ResourceTypes.readPermission(type));
        }
        return type;
    }

    /**
     * The kind the history knows the uri as; for a resource whose first events the history has not caught up with
     * yet, the kind the read model knows it as.
     */
    private String typeOf(String resourceUri) {
        HistoryResource known = queries.ask(new FindHistoryResource(resourceUri), HistoryResource.class);
        if (known != null) {
            return known.resourceType();
        }
        if (queries.ask(new FindDataset(resourceUri), DatasetView.class) != null) {
            return DATASET;
        }
        if (queries.ask(new FindShare(resourceUri), ShareView.class) != null) {
            return SHARE;
        }
        if (queries.ask(new FindDatasetTable(resourceUri), DatasetTableView.class) != null) {
            return TABLE;
        }
        if (queries.ask(new FindDatasetStorageLocation(resourceUri), DatasetStorageLocationView.class) != null) {
            return FOLDER;
        }
        if (queries.ask(new FindEnvironment(resourceUri), EnvironmentView.class) != null) {
            return ENVIRONMENT;
        }
        return queries.ask(new FindOrganization(resourceUri), OrganizationView.class) != null ? ORGANIZATION : null;
    }
}
