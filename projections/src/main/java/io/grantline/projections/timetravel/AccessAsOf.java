package io.grantline.projections.timetravel;

import static io.grantline.api.history.ResourceTypes.DATASET;
import static io.grantline.api.history.ResourceTypes.FOLDER;
import static io.grantline.api.history.ResourceTypes.TABLE;

import io.grantline.api.share.ShareTarget;
import io.grantline.api.share.ShareableType;
import io.grantline.api.timetravel.AccessGrantView;
import io.grantline.api.timetravel.AccessReason;
import io.grantline.projections.timetravel.DatasetAsOf.Part;
import io.grantline.projections.timetravel.ShareAsOf.Grant;
import io.grantline.projections.timetravel.ShareAsOf.Item;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Who could access a dataset, table or folder, from the folds of the dataset and of its shares: the owning teams
 * hold the permission sets data.all gives them (while the resource was not deleted), and a share's principal holds
 * the share's permissions on each item whose grant existed in the cloud. At the dataset level every shared item of
 * it counts; at a table only that table's item; at a folder that folder's item and the dataset's bucket, whose
 * grant reaches every object of the bucket.
 */
public final class AccessAsOf {

    static final String GROUP = "Group";
    static final String DATASET_ALL = "DATASET_ALL";
    static final String DATASET_READ = "DATASET_READ";
    static final String DATASET_TABLE_ALL = "DATASET_TABLE_ALL";
    static final String DATASET_TABLE_READ = "DATASET_TABLE_READ";
    static final String DATASET_FOLDER_READ = "DATASET_FOLDER_READ";

    private AccessAsOf() {
    }

    public static List<AccessGrantView> grants(String resourceType, String resourceUri, DatasetAsOf dataset,
                                               List<ShareAsOf> shares) {
        List<AccessGrantView> grants = new ArrayList<>(owningTeams(resourceType, resourceUri, dataset));
        for (ShareAsOf share : shares) {
            for (Item item : share.items()) {
                if (item.grant() != null && reaches(resourceType, resourceUri, dataset.datasetUri(), item)) {
                    grants.add(shareGrant(share, item));
                }
            }
        }
        return grants;
    }

    private static List<AccessGrantView> owningTeams(String resourceType, String resourceUri, DatasetAsOf dataset) {
        Instant since = dataset.createdAt();
        if (dataset.deleted()) {
            return List.of();
        }
        if (!DATASET.equals(resourceType)) {
            Part part = TABLE.equals(resourceType) ? dataset.table(resourceUri) : dataset.folder(resourceUri);
            if (part == null || part.deleted()) {
                return List.of();
            }
            since = latest(since, part.added());
        }
        String all = switch (resourceType) {
            case TABLE -> DATASET_TABLE_ALL;
            case FOLDER -> DATASET_FOLDER_READ;
            default -> DATASET_ALL;
        };
        String read = switch (resourceType) {
            case TABLE -> DATASET_TABLE_READ;
            case FOLDER -> DATASET_FOLDER_READ;
            default -> DATASET_READ;
        };
        List<AccessGrantView> grants = new ArrayList<>();
        String owner = dataset.ownerTeam();
        String environmentAdmin = dataset.environmentAdminTeam();
        String stewards = dataset.stewards();
        grants.add(teamGrant(owner, all, AccessReason.OWNER_TEAM, since));
        if (present(environmentAdmin) && !environmentAdmin.equals(owner)) {
            grants.add(teamGrant(environmentAdmin, all, AccessReason.ENVIRONMENT_ADMIN_TEAM, since));
        }
        if (present(stewards) && !stewards.equals(owner) && !stewards.equals(environmentAdmin)) {
            grants.add(teamGrant(stewards, read, AccessReason.STEWARDS, latest(since, dataset.stewardsSince())));
        }
        return grants;
    }

    private static boolean reaches(String resourceType, String resourceUri, String datasetUri, Item item) {
        return switch (resourceType) {
            case DATASET -> true;
            case FOLDER -> resourceUri.equals(item.itemUri())
                    || (ShareableType.S3Bucket.name().equals(item.itemType()) && datasetUri.equals(item.itemUri()));
            default -> resourceUri.equals(item.itemUri());
        };
    }

    private static AccessGrantView teamGrant(String team, String permission, AccessReason reason, Instant since) {
        return new AccessGrantView(team, GROUP, team, permission, reason, null, null, null, null, null, null, null,
                null, since);
    }

    private static AccessGrantView shareGrant(ShareAsOf share, Item item) {
        ShareTarget target = share.target();
        Grant grant = item.grant();
        return new AccessGrantView(target.principalId(), target.principalType().name(), target.groupUri(),
                String.join(",", share.permissions()), AccessReason.SHARE, item.itemUri(), item.itemType(),
                share.shareUri(), item.shareItemUri(), grant.requestedBy(), grant.requestedAt(), grant.approvedBy(),
                grant.approvedAt(), grant.grantedAt());
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static Instant latest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || Objects.requireNonNull(a).isAfter(b) ? a : b;
    }
}
