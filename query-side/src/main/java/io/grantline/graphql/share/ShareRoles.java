package io.grantline.graphql.share;

import io.grantline.api.Actor;
import io.grantline.api.dataset.DatasetQueries.DatasetView;
import io.grantline.api.share.ShareQueries.ShareView;

/**
 * data.all's userRoleForShareObject and canViewLogs. Approvers are the dataset's owner team, its stewards and its
 * creator; requesters the share's creator and its requesting team. dataset is the dataset as it is now (null once
 * deleted: then the teams the share recorded count).
 */
final class ShareRoles {

    static final String APPROVERS = "Approvers";
    static final String REQUESTERS = "Requesters";
    static final String APPROVERS_AND_REQUESTERS = "ApproversAndRequesters";
    static final String NO_PERMISSION = "NoPermission";

    private ShareRoles() {
    }

    static String roleOf(ShareView share, DatasetView dataset, Actor actor) {
        boolean approves = managesDataset(share, dataset, actor);
        boolean requests = actor.username().equals(share.owner()) || actor.isMemberOf(share.target().groupUri());
        if (approves && requests) {
            return APPROVERS_AND_REQUESTERS;
        }
        if (approves) {
            return APPROVERS;
        }
        return requests ? REQUESTERS : NO_PERMISSION;
    }

    /** data.all shows the share processor's logs to those who manage the dataset. */
    static boolean mayViewLogs(ShareView share, DatasetView dataset, Actor actor) {
        return managesDataset(share, dataset, actor);
    }

    private static boolean managesDataset(ShareView share, DatasetView dataset, Actor actor) {
        if (dataset == null) {
            return actor.isMemberOf(share.dataset().ownerGroup())
                    || (share.dataset().stewards() != null && actor.isMemberOf(share.dataset().stewards()));
        }
        return actor.isMemberOf(dataset.samlAdminGroupName())
                || (dataset.stewards() != null && actor.isMemberOf(dataset.stewards()))
                || actor.username().equals(dataset.owner());
    }
}
