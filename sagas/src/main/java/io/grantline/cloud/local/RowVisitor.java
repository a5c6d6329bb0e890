package io.grantline.cloud.local;

import java.util.List;
import java.util.Map;

/** Receives what a data file holds: the column names its header declares (CSV), then its rows in order. */
interface RowVisitor {

    default void header(List<String> columnNames) {
    }

    /** One row, by column name in the file's order; answers false to stop reading. */
    boolean row(Map<String, Cell> row);
}
