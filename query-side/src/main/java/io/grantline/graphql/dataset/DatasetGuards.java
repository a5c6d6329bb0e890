package io.grantline.graphql.dataset;

import static io.grantline.api.permission.DatasetPermissions.PREVIEW_DATASET_TABLE;

import io.grantline.api.Actor;
import io.grantline.api.dataset.DatasetQueries.DatasetView;
import io.grantline.graphql.security.Authorizer;
import org.springframework.stereotype.Component;

/** The dataset checks beyond a plain resource permission: permissions of parts, confidential datasets. */
@Component
public class DatasetGuards {

    /** data.all's lowest confidentiality: anyone who can see the table may preview it. */
    static final String UNCLASSIFIED = "Unclassified";

    private final Authorizer authorizer;

    public DatasetGuards(Authorizer authorizer) {
        this.authorizer = authorizer;
    }

    /**
     * A permission on a part of a dataset (table, folder, filter) that data.all checks on the part's parent (its
     * parent_resource); Grantline also accepts it held on the part itself. A refusal names the parent, as in data.all.
     */
    public void requireOnPartOrParent(Actor actor, String permission, String partUri, String parentUri) {
        if (!authorizer.holds(actor, partUri, permission)) {
            authorizer.requireResource(actor, parentUri, permission);
        }
    }

    /**
     * data.all shows the rows, columns and profiles of a table of a confidential (not Unclassified) dataset only to
     * its owner team and stewards; Grantline also to teams granted PREVIEW_DATASET_TABLE on the table by a share.
     */
    public void requireConfidentialAccess(Actor actor, DatasetView dataset, String tableUri) {
        if (!mayReadWithoutGrant(dataset, actor)) {
            authorizer.requireResource(actor, tableUri, PREVIEW_DATASET_TABLE);
        }
    }

    /** Whether the caller may read the dataset's rows, columns and profiles whatever its grants on the table. */
    static boolean mayReadWithoutGrant(DatasetView dataset, Actor actor) {
        return UNCLASSIFIED.equals(dataset.confidentiality()) || DatasetRoles.isOwnerOrSteward(dataset, actor);
    }
}
