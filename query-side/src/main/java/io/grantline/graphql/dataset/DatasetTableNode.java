package io.grantline.graphql.dataset;

import io.grantline.api.dataset.DatasetQueries.DatasetTableView;
import io.grantline.graphql.dataset.RestrictedNodes.TableRestrictedNode;
import java.util.List;

/**
 * data.all's DatasetTable. GlueTableProperties, restricted, dataset, columns, terms and userRoleForTable are nested
 * fields with their own checks; glueTableProperties and restrictedInformation here are what they answer.
 */
public record DatasetTableNode(String tableUri, String datasetUri, String label, String name, String description,
                               String owner, String created, String updated, List<String> admins,
                               String LastGlueTableStatus, String GlueTableConfig, String region, List<String> tags,
                               String stage, String glueTableProperties,
                               TableRestrictedNode restrictedInformation) {

    static DatasetTableNode of(DatasetTableView view) {
        return new DatasetTableNode(view.tableUri(), view.datasetUri(), view.label(), view.name(),
                view.description(), view.owner(), view.created(), view.updated(),
                // admins and GlueTableConfig: data.all's tables carry neither and answer null
                null, view.lastGlueTableStatus(), null, view.region(), view.tags(), view.stage(),
                view.glueTableProperties(), TableRestrictedNode.of(view));
    }
}
