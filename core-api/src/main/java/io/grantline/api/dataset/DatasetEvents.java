package io.grantline.api.dataset;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Facts about datasets, their stack, tables, columns, folders, data filters, crawler and profiling runs. */
public final class DatasetEvents {

    private DatasetEvents() {
    }

    /**
     * owner is the user who created or imported it; imported tells importDataset from createDataset. stackName is
     * fixed at creation, so a later change of the environment's resource prefix does not deploy a second stack.
     */
    public record DatasetCreated(String datasetUri, String organizationUri, String environmentUri,
                                 String awsAccountId, String region, String label, String name, String description,
                                 String samlAdminGroupName, String environmentAdminGroup, String owner,
                                 String stewards, List<String> tags, List<String> topics, String confidentiality,
                                 String language, boolean autoApprovalEnabled, String businessOwnerEmail,
                                 List<String> businessOwnerDelegationEmails, boolean enableExpiration,
                                 String expirySetting, Integer expiryMinDuration, Integer expiryMaxDuration,
                                 boolean imported, DatasetResources resources, String stackUri, Instant created,
                                 String stackName) {
    }

    /** Carries the whole updatable state after the change, so readers need no earlier event. */
    public record DatasetUpdated(String datasetUri, String label, String description, String stewards,
                                 String previousStewards, List<String> tags, List<String> topics,
                                 List<String> terms, String confidentiality, String language,
                                 boolean autoApprovalEnabled, String businessOwnerEmail,
                                 List<String> businessOwnerDelegationEmails, String kmsAlias,
                                 boolean enableExpiration, String expirySetting, Integer expiryMinDuration,
                                 Integer expiryMaxDuration, Instant updated) {
    }

    public record DatasetDeleted(String datasetUri, String environmentUri, boolean deleteFromAws,
                                 DatasetResources resources, Instant deleted) {
    }

    /**
     * The dataset stack must be (re)deployed: after creation, an update or an explicit request. The saga answers
     * each request, then redeploys the environment stack, as data.all does.
     */
    public record DatasetStackDeploymentRequested(String datasetUri, String environmentUri, String stackUri,
                                                  String deploymentId, String reason, Instant requested) {
    }

    public record DatasetStackStatusChanged(String datasetUri, String stackUri, String deploymentId, String status,
                                            String stackId, Map<String, String> outputs, String error,
                                            Instant changed) {
    }

    public record GlueCrawlerStarted(String datasetUri, String crawlerRunId, String crawlerName, String location,
                                     String startedBy, Instant started) {
    }

    /** status is one of {@link RunStatus}; error is set when it failed. */
    public record GlueCrawlerStatusChanged(String datasetUri, String crawlerRunId, String status, String error,
                                           Instant changed) {
    }

    /** The catalog was read: how many tables were added, changed and removed by it. */
    public record DatasetTablesSynced(String datasetUri, int added, int changed, int removed, String syncedBy,
                                      Instant synced) {
    }

    public record DatasetTableAdded(String datasetUri, String tableUri, String name, String label,
                                    String glueDatabaseName, String s3Prefix, Map<String, String> properties,
                                    List<TableColumn> columns, String owner, Instant added) {
    }

    /** The catalog's description of the table changed; columns are all of them now, descriptions kept. */
    public record DatasetTableCatalogChanged(String datasetUri, String tableUri, String s3Prefix,
                                             Map<String, String> properties, List<TableColumn> columns,
                                             Instant changed) {
    }

    /** reason: "InCatalog: deleted" when a sync no longer found it, "deleted" when a user deleted it. */
    public record DatasetTableRemoved(String datasetUri, String tableUri, String name, String reason,
                                      Instant removed) {
    }

    public record DatasetTableUpdated(String datasetUri, String tableUri, String label, String description,
                                      List<String> tags, List<String> topics, List<String> terms, Instant updated) {
    }

    public record DatasetTableColumnUpdated(String datasetUri, String tableUri, String columnUri, String name,
                                            String description, Instant updated) {
    }

    /** Glue took (or refused) the column description written back to it. */
    public record DatasetTableColumnWrittenBack(String datasetUri, String tableUri, String columnUri,
                                                boolean succeeded, String error, Instant recorded) {
    }

    public record TableDataFilterCreated(String datasetUri, String tableUri, String filterUri, String label,
                                         String name, String filterType, List<String> includedCols,
                                         String rowExpression, String description, String owner, Instant created) {
    }

    public record TableDataFilterDeleted(String datasetUri, String tableUri, String filterUri, String name) {
    }

    public record DatasetStorageLocationCreated(String datasetUri, String locationUri, String label, String name,
                                                String s3Prefix, String description, List<String> tags,
                                                List<String> terms, String owner, Instant created) {
    }

    public record DatasetStorageLocationUpdated(String datasetUri, String locationUri, String label,
                                                String description, List<String> tags, List<String> terms,
                                                Instant updated) {
    }

    /** The folder marker object {@code prefix/} was written to the bucket (created), or refused with error. */
    public record DatasetStorageLocationPrefixRecorded(String datasetUri, String locationUri, boolean created,
                                                       String error, Instant recorded) {
    }

    public record DatasetStorageLocationDeleted(String datasetUri, String locationUri, String s3Prefix) {
    }

    public record DatasetProfilingRunStarted(String datasetUri, String profilingRunUri, String tableUri,
                                             String glueTableName, String glueJobName, String owner,
                                             Instant started) {
    }

    /** status is one of {@link RunStatus}; results (JSON) is set when it succeeded, error when it failed. */
    public record DatasetProfilingRunStatusChanged(String datasetUri, String profilingRunUri, String jobRunId,
                                                   String status, String results, String error, Instant changed) {
    }
}
