package io.grantline.graphql.dataset;

import io.grantline.api.dataset.DatasetQueries.DatasetTableColumnView;
import java.util.List;

/** data.all's DatasetTableColumn; classification, topics and tags are not kept for columns, as in data.all. */
public record DatasetTableColumnNode(String tableUri, String columnUri, String label, String name,
                                     String description, String owner, String created, String updated,
                                     String AwsAccountId, String GlueDatabaseName, String GlueTableName,
                                     String typeName, String columnType, String region, String classification,
                                     List<String> topics, List<String> tags) {

    public static DatasetTableColumnNode of(DatasetTableColumnView view) {
        return new DatasetTableColumnNode(view.tableUri(), view.columnUri(), view.label(), view.name(),
                view.description(), view.owner(), view.created(), view.updated(), view.awsAccountId(),
                view.glueDatabaseName(), view.glueTableName(), view.typeName(), view.columnType(), view.region(),
                null, null, null);
    }
}
