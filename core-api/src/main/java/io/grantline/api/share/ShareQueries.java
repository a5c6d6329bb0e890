package io.grantline.api.share;

import java.util.List;

/** Queries answered from the share read model, and their results. Listings answer a {@link io.grantline.api.Page}. */
public final class ShareQueries {

    private ShareQueries() {
    }

    /** Answers Optional of {@link ShareView}; a deleted share is not found. */
    public record FindShare(String shareUri) {
    }

    /** The live shares among the uris, for nested fields; answers a List of {@link ShareView}. */
    public record FindShares(List<String> shareUris) {
    }

    /** Answers Optional of {@link ShareItemView}. */
    public record FindShareItem(String shareItemUri) {
    }

    /** The item a data filter set is attached to; answers Optional of {@link ShareItemView}. */
    public record FindShareItemByAttachedFilter(String attachedDataFilterUri) {
    }

    /**
     * ShareObject.items(filter): every table, folder and the bucket of the share's dataset, each with its share item
     * when the share holds it (shareItemUri and status null otherwise). isShared keeps those the share holds;
     * isRevokable those Share_Succeeded or Revoke_Failed; isHealthy those whose health is Healthy (false: the
     * others that were verified). Null filters keep everything. Answers a Page of {@link ShareItemView}.
     */
    public record ListShareItems(String shareUri, String term, Boolean isShared, Boolean isRevokable,
                                 Boolean isHealthy, int page, int pageSize) {
    }

    /**
     * getShareRequestsToMe: shares of datasets whose owner team or stewards include one of the groups;
     * getShareRequestsFromMe (fromMe): shares whose requesting team is one of the groups, or that the user created.
     * Draft shares are only shown to their requesters. The lists are optional filters of the reference's
     * ShareObjectFilter; sort is "created", "label" or "updated" with "asc"/"desc" (default created desc).
     */
    public record ListShares(String username, List<String> groups, boolean fromMe, String term,
                             List<String> statuses, List<String> datasetUris, List<String> datasetOwners,
                             List<String> requesters, List<String> iamPrincipals, String sortField,
                             String sortDirection, int page, int pageSize) {
    }

    /**
     * searchEnvironmentDataItems: the items shared into the environment (Share_Succeeded), optionally only to the
     * groups' shares. uniqueShares answers one row per share. Answers a Page of {@link EnvironmentSharedItemView}.
     */
    public record ListEnvironmentSharedItems(String environmentUri, List<String> groups, String term,
                                             List<String> itemTypes, boolean uniqueShares, int page, int pageSize) {
    }

    /** getSharedDatasetTables: the tables of the dataset shared into the environment; answers a List. */
    public record ListSharedDatasetTables(String datasetUri, String environmentUri) {
    }

    /**
     * listS3DatasetsSharedWithEnvGroup: the datasets with a table shared to the team in the environment; answers a
     * List of {@link SharedDatabaseView}.
     */
    public record ListDatasetsSharedWithEnvGroup(String environmentUri, String groupUri) {
    }

    /**
     * The live shares of a dataset; activeOnly keeps those with an item shared or being processed (what stops a
     * dataset from being deleted). Answers a List of {@link ShareView}.
     */
    public record ListDatasetShares(String datasetUri, boolean activeOnly) {
    }

    /** getShareLogs: what the share processor recorded for the share, oldest first; answers a List. */
    public record ListShareLogs(String shareUri) {
    }

    public record ShareStatistics(int sharedItems, int revokedItems, int failedItems, int pendingItems) {
    }

    /**
     * A share as the read model has it: the dataset side, the target side, the workflow fields and counts of its
     * items. Times are ISO-8601 strings as data.all answers them; expiry fields are null when not set.
     */
    public record ShareView(String shareUri, SharedDataset dataset, ShareTarget target, String owner,
                            ShareObjectStatus status, List<ShareDataPermission> permissions, String requestPurpose,
                            String rejectPurpose, String extensionReason, Integer shareExpirationPeriod,
                            boolean nonExpirable, String expiryDate, String requestedExpiryDate,
                            boolean submittedForExtension, String lastExtensionDate, ShareStatistics statistics,
                            boolean existingSharedItems, String created, String updated, String deleted) {
    }

    /**
     * A share item, or a shareable item of the dataset not (yet) in the share: then shareItemUri, status and health
     * are null. action is data.all's hint of what can be done with it next (e.g. "Revoke", "Remove").
     */
    public record ShareItemView(String shareItemUri, String shareUri, String itemUri, ShareableType itemType,
                                String itemName, String description, ShareItemStatus status, String action,
                                ShareItemHealthStatus healthStatus, String healthMessage,
                                String lastVerificationTime, AttachedDataFilter filter) {
    }

    public record EnvironmentSharedItemView(String shareUri, String datasetUri, String datasetName,
                                            String itemType, String itemName, String environmentUri,
                                            String environmentName, String organizationUri,
                                            String organizationName, String principalId,
                                            String targetEnvironmentUri, String created) {
    }

    public record SharedTableView(String tableUri, String glueTableName) {
    }

    public record SharedDatabaseView(String datasetUri, String shareUri, String glueDatabaseName,
                                     String sharedGlueDatabaseName, String targetEnvAwsAccountId,
                                     String targetEnvRegion) {
    }

    public record ShareLogView(String logGroup, String logStream, String message, String timestamp) {
    }
}
