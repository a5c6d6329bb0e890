package io.grantline.api.dataset;

import io.grantline.api.Page;
import java.util.List;

/** Queries answered from the dataset read model, and their results. Listings answer a {@link Page}. */
public final class DatasetQueries {

    private DatasetQueries() {
    }

    public record FindDataset(String datasetUri) {
    }

    /** The live datasets among the uris, for nested fields of listings. */
    public record FindDatasets(List<String> datasetUris) {
    }

    /**
     * The live datasets the user can see: owned by one of the groups (SamlAdminGroupName), stewarded by one, or
     * created by the user. ownedOnly (listOwnedDatasets) leaves out stewarded ones. Sorted by label.
     */
    public record ListDatasets(String username, List<String> groups, boolean ownedOnly, String term, int page,
                               int pageSize) {
    }

    /** listDatasetsCreatedInEnvironment; groupUri narrows to one owner team (listS3DatasetsOwnedByEnvGroup). */
    public record ListEnvironmentDatasets(String environmentUri, String groupUri, String term, int page,
                                          int pageSize) {
    }

    /** The dataset's tables and folders together, sorted by name (listDatasetTablesFolders). */
    public record ListDatasetItems(String datasetUri, String term, int page, int pageSize) {
    }

    /** datasetUri null lists every live table (data.all's top-level listDatasetTables). */
    public record ListDatasetTables(String datasetUri, String term, int page, int pageSize) {
    }

    public record FindDatasetTable(String tableUri) {
    }

    public record ListDatasetTableColumns(String tableUri, String term, int page, int pageSize) {
    }

    public record FindDatasetTableColumn(String columnUri) {
    }

    public record ListDatasetStorageLocations(String datasetUri, String term, int page, int pageSize) {
    }

    public record FindDatasetStorageLocation(String locationUri) {
    }

    public record ListTableDataFilters(String tableUri, String term, int page, int pageSize) {
    }

    public record FindTableDataFilter(String filterUri) {
    }

    /** Newest first. */
    public record ListProfilingRuns(String tableUri, int page, int pageSize) {
    }

    /** The table's newest profiling run, or null. */
    public record FindLatestProfilingRun(String tableUri) {
    }

    public record FindProfilingRun(String profilingRunUri) {
    }

    /** The newest crawler run of the dataset, or null. */
    public record FindLatestCrawlerRun(String datasetUri) {
    }

    public record DatasetView(String datasetUri, String organizationUri, String environmentUri, String awsAccountId,
                              String region, String label, String name, String description,
                              String samlAdminGroupName, String environmentAdminGroup, String owner,
                              String stewards, List<String> tags, List<String> topics, List<String> terms,
                              String confidentiality, String language, boolean autoApprovalEnabled,
                              String businessOwnerEmail, List<String> businessOwnerDelegationEmails,
                              boolean enableExpiration, String expirySetting, Integer expiryMinDuration,
                              Integer expiryMaxDuration, boolean imported, DatasetResources resources,
                              String stackUri, int tableCount, int locationCount, String created,
                              String updated) {
    }

    public record DatasetList(List<DatasetView> datasets) {
    }

    /** targetType is "DatasetTable" or "DatasetStorageLocation", as data.all names them. */
    public record DatasetItemView(String name, String targetType, String targetUri) {
    }

    public record DatasetTableView(String tableUri, String datasetUri, String name, String label,
                                   String description, String glueDatabaseName, String s3Prefix,
                                   String awsAccountId, String region, String owner, List<String> tags,
                                   List<String> topics, List<String> terms, String stage,
                                   String lastGlueTableStatus, String glueTableProperties, String created,
                                   String updated) {
    }

    public record DatasetTableColumnView(String columnUri, String tableUri, String datasetUri, String name,
                                         String label, String typeName, String columnType, int position,
                                         String description, String glueDatabaseName, String glueTableName,
                                         String awsAccountId, String region, String owner,
                                         String writeBackError, String created, String updated) {
    }

    public record DatasetStorageLocationView(String locationUri, String datasetUri, String label, String name,
                                             String s3Prefix, String description, List<String> tags,
                                             List<String> terms, String owner, boolean locationCreated,
                                             String created, String updated) {
    }

    public record TableDataFilterView(String filterUri, String tableUri, String datasetUri, String label,
                                      String name, String filterType, List<String> includedCols,
                                      String rowExpression, String description, String owner, String created) {
    }

    public record ProfilingRunView(String profilingRunUri, String datasetUri, String tableUri,
                                   String glueTableName, String glueJobName, String glueJobRunId, String status,
                                   String results, String error, String owner, String awsAccountId,
                                   String created, String updated) {
    }

    public record CrawlerRunView(String crawlerRunId, String datasetUri, String crawlerName, String location,
                                 String status, String error, String startedBy, String created, String updated) {
    }
}
