package io.grantline.api.dataset;

import io.grantline.api.Actor;
import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Commands of the Dataset aggregate: the dataset itself, its tables and columns, folders, table data filters,
 * crawler and profiling runs. Every command targets the dataset; its parts are named by their own uris.
 */
public final class DatasetCommands {

    private DatasetCommands() {
    }

    /**
     * The environment facts (account, region, resource prefix, admin team) come from the environment read model at
     * the edge, which has already checked that the environment exists and the team belongs to it. imported is null
     * for createDataset; for importDataset it carries what the user named.
     */
    public record CreateDataset(@TargetAggregateIdentifier String datasetUri, String organizationUri,
                                String environmentUri, String awsAccountId, String region, String resourcePrefix,
                                String environmentAdminGroup, String label, String description,
                                String samlAdminGroupName, String stewards, List<String> tags, List<String> topics,
                                String confidentiality, String language, Boolean autoApprovalEnabled,
                                String businessOwnerEmail, List<String> businessOwnerDelegationEmails,
                                Boolean enableExpiration, String expirySetting, Integer expiryMinDuration,
                                Integer expiryMaxDuration, ImportedResources imported, Actor actor) {
    }

    /** What importDataset names; kmsKeyAlias blank means the bucket is SSE-S3 encrypted. */
    public record ImportedResources(String bucketName, String kmsKeyAlias, String glueDatabaseName,
                                    String adminRoleName) {
    }

    /** Null fields stay as they are; terms are glossary term uris. */
    public record UpdateDataset(@TargetAggregateIdentifier String datasetUri, String label, String description,
                                List<String> tags, List<String> topics, List<String> terms, String confidentiality,
                                String language, String stewards, Boolean autoApprovalEnabled,
                                String businessOwnerEmail, List<String> businessOwnerDelegationEmails,
                                String kmsAlias, Boolean enableExpiration, String expirySetting,
                                Integer expiryMinDuration, Integer expiryMaxDuration, Actor actor) {
    }

    public record DeleteDataset(@TargetAggregateIdentifier String datasetUri, boolean deleteFromAws, Actor actor) {
    }

    /** data.all's updateStack for a dataset. */
    public record RedeployDatasetStack(@TargetAggregateIdentifier String datasetUri, Actor actor) {
    }

    /** Reported by the dataset stack saga as the stack moves through its lifecycle. */
    public record RecordDatasetStackStatus(@TargetAggregateIdentifier String datasetUri, String deploymentId,
                                           String status, String stackId, Map<String, String> outputs,
                                           String error) {
    }

    public record StartGlueCrawler(@TargetAggregateIdentifier String datasetUri, String crawlerRunId, String prefix,
                                   Actor actor) {
    }

    /** Reported by the crawler saga; status is one of {@link RunStatus}. */
    public record RecordCrawlerStatus(@TargetAggregateIdentifier String datasetUri, String crawlerRunId,
                                      String status, String error) {
    }

    /**
     * The tables the Glue catalog holds for the dataset's database, read through the cloud port. The aggregate
     * records what was added, changed and removed; the answer is the number of tables the dataset then has.
     */
    public record SyncDatasetTables(@TargetAggregateIdentifier String datasetUri, List<CatalogTable> tables,
                                    Actor actor) {
    }

    public record UpdateDatasetTable(@TargetAggregateIdentifier String datasetUri, String tableUri, String label,
                                     String description, List<String> tags, List<String> topics,
                                     List<String> terms, Actor actor) {
    }

    /** The table as the catalog describes it now; its columns replace the recorded ones, keeping descriptions. */
    public record SyncDatasetTableColumns(@TargetAggregateIdentifier String datasetUri, String tableUri,
                                          CatalogTable table, Actor actor) {
    }

    public record UpdateDatasetTableColumn(@TargetAggregateIdentifier String datasetUri, String tableUri,
                                           String columnUri, String description, Actor actor) {
    }

    /** Reported by the write-back saga when Glue refused the column's new description. */
    public record RecordColumnWriteBack(@TargetAggregateIdentifier String datasetUri, String tableUri,
                                        String columnUri, boolean succeeded, String error) {
    }

    public record DeleteDatasetTable(@TargetAggregateIdentifier String datasetUri, String tableUri, Actor actor) {
    }

    public record CreateTableDataFilter(@TargetAggregateIdentifier String datasetUri, String tableUri,
                                        String filterUri, String filterName, String filterType,
                                        List<String> includedCols, String rowExpression, String description,
                                        Actor actor) {
    }

    public record DeleteTableDataFilter(@TargetAggregateIdentifier String datasetUri, String tableUri,
                                        String filterUri, Actor actor) {
    }

    public record CreateDatasetStorageLocation(@TargetAggregateIdentifier String datasetUri, String locationUri,
                                               String label, String prefix, String description, List<String> tags,
                                               List<String> terms, Actor actor) {
    }

    public record UpdateDatasetStorageLocation(@TargetAggregateIdentifier String datasetUri, String locationUri,
                                               String label, String description, List<String> tags,
                                               List<String> terms, Actor actor) {
    }

    /** Reported by the folder saga once the folder's prefix exists in the bucket, or could not be written. */
    public record RecordStorageLocationPrefix(@TargetAggregateIdentifier String datasetUri, String locationUri,
                                              boolean created, String error) {
    }

    public record DeleteDatasetStorageLocation(@TargetAggregateIdentifier String datasetUri, String locationUri,
                                               Actor actor) {
    }

    public record StartDatasetProfilingRun(@TargetAggregateIdentifier String datasetUri, String profilingRunUri,
                                           String tableUri, Actor actor) {
    }

    /** Reported by the profiling saga; results is the JSON data.all's profiling job writes, set on success. */
    public record RecordProfilingRunStatus(@TargetAggregateIdentifier String datasetUri, String profilingRunUri,
                                           String jobRunId, String status, String results, String error) {
    }
}
