package io.grantline.cloud.aws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import software.amazon.awssdk.services.athena.model.ColumnInfo;
import software.amazon.awssdk.services.athena.model.Datum;
import software.amazon.awssdk.services.athena.model.Row;

/**
 * A row of Athena's results as a JSON array, as data.all answers a preview row: Athena hands every value over as
 * text, so numbers and booleans are turned back into JSON numbers and booleans by their column's type (as
 * data.all's pyathena cursor types them), a missing value into null, and the rest stays text.
 */
final class AthenaRows {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AthenaRows() {
    }

    static String json(Row row, List<ColumnInfo> columns) {
        ArrayNode values = JSON.createArrayNode();
        List<Datum> data = row.data();
        for (int index = 0; index < data.size(); index++) {
            String type = index < columns.size() ? columns.get(index).type() : null;
            add(values, type, data.get(index).varCharValue());
        }
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An array of plain values is always writable as JSON", e);
        }
    }

    private static void add(ArrayNode values, String type, String value) {
        if (value == null) {
            values.addNull();
            return;
        }
        try {
            switch (type == null ? "" : type.toLowerCase(Locale.ROOT)) {
                case "tinyint", "smallint", "integer", "int", "bigint" -> values.add(Long.parseLong(value));
                case "float", "real", "double", "decimal" -> values.add(new BigDecimal(value));
                case "boolean" -> values.add(Boolean.parseBoolean(value));
                default -> values.add(value);
            }
        } catch (NumberFormatException e) {
            // NaN, Infinity and the like have no JSON number
            values.add(value);
        }
    }
}
