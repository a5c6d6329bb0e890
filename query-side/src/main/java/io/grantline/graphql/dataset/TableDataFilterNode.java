package io.grantline.graphql.dataset;

import io.grantline.api.dataset.DatasetQueries.TableDataFilterView;
import java.util.List;

/** data.all's DatasetTableDataFilter. */
public record TableDataFilterNode(String filterUri, String tableUri, String label, String name, String description,
                                  String filterType, List<String> includedCols, String rowExpression) {

    public static TableDataFilterNode of(TableDataFilterView view) {
        return new TableDataFilterNode(view.filterUri(), view.tableUri(), view.label(), view.name(),
                view.description(), view.filterType(), view.includedCols(), view.rowExpression());
    }
}
