package io.grantline.api.dataset;

import java.util.List;
import java.util.Map;

/** A table as the Glue catalog describes it: name, S3 location, properties and columns (partition keys last). */
public record CatalogTable(String name, String location, Map<String, String> properties,
                           List<CatalogColumn> columns) {

    public CatalogTable {
        properties = properties == null ? Map.of() : Map.copyOf(properties);
        columns = columns == null ? List.of() : List.copyOf(columns);
    }

    /** columnType is data.all's: "column", or "partition_<n>" for the n-th partition key. */
    public record CatalogColumn(String name, String typeName, String comment, String columnType) {
    }
}
