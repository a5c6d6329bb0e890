package io.grantline.command.dataset;

import static io.grantline.command.dataset.DatasetInputs.DEFAULT_DESCRIPTION;
import static io.grantline.command.dataset.DatasetInputs.blank;

import io.grantline.api.ResourceUris;
import io.grantline.api.dataset.CatalogTable.CatalogColumn;
import io.grantline.api.dataset.TableColumn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Reads the catalog's columns of a table into the dataset's, keeping what the dataset already knows of them. */
final class CatalogColumns {

    static final String COLUMN = "column";

    private CatalogColumns() {
    }

    /**
     * The catalog's columns in its order (partition keys last). A column named like a recorded one keeps that one's
     * uri and description; a new one gets a new uri and the catalog's comment, or data.all's default description.
     */
    static List<TableColumn> merge(List<CatalogColumn> catalog, List<TableColumn> recorded) {
        Map<String, TableColumn> known = new LinkedHashMap<>();
        recorded.forEach(column -> known.putIfAbsent(column.name(), column));
        List<TableColumn> merged = new ArrayList<>();
        for (CatalogColumn column : catalog) {
            if (blank(column.name())) {
                continue;
            }
            TableColumn same = known.remove(column.name());
            merged.add(new TableColumn(same != null ? same.columnUri() : ResourceUris.next(), column.name(),
                    column.typeName(), blank(column.columnType()) ? COLUMN : column.columnType(), merged.size(),
                    same != null ? same.description()
                            : blank(column.comment()) ? DEFAULT_DESCRIPTION : column.comment()));
        }
        return List.copyOf(merged);
    }

    /** Whether the columns differ in what the catalog says of them: names, types, kinds and order. */
    static boolean sameShape(List<TableColumn> left, List<TableColumn> right) {
        if (left.size() != right.size()) {
            return false;
        }
        for (int i = 0; i < left.size(); i++) {
            TableColumn a = left.get(i);
            TableColumn b = right.get(i);
            if (!a.name().equals(b.name()) || !Objects.equals(a.typeName(), b.typeName())
                    || !Objects.equals(a.columnType(), b.columnType()) || a.position() != b.position()) {
                return false;
            }
        }
        return true;
    }
}
