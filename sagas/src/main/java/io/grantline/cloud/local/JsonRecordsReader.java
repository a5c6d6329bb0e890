package io.grantline.cloud.local;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON data files as Glue's JSON classifier reads them: one object per record, one after the other (JSON lines);
 * a top-level array counts as its elements. Strings, nested objects and arrays are text; numbers and booleans not.
 */
final class JsonRecordsReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonRecordsReader() {
    }

    /** Reads the file until the visitor stops; answers false when it stopped. */
    static boolean read(Path file, RowVisitor visitor) {
        try (MappingIterator<JsonNode> values = JSON.readerFor(JsonNode.class).readValues(file.toFile())) {
            while (values.hasNextValue()) {
                JsonNode value = values.nextValue();
                Iterator<JsonNode> records = value.isArray() ? value.elements() : List.of(value).iterator();
                while (records.hasNext()) {
                    if (!visitor.row(row(file, records.next(), values.getCurrentLocation()))) {
                        return false;
                    }
                }
            }
            return true;
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            String where = location == null ? "" : "line " + location.getLineNr() + ": ";
            throw new UnreadableDataException(file, where + "not JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UnreadableDataException(file, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static Map<String, Cell> row(Path file, JsonNode record, JsonLocation location) {
        if (!record.isObject()) {
            throw new UnreadableDataException(file, "line " + location.getLineNr() + ": a record must be a JSON "
                    + "object, not " + record.getNodeType().name().toLowerCase(), null);
        }
        Map<String, Cell> row = new LinkedHashMap<>();
        record.fields().forEachRemaining(field -> row.put(field.getKey(), cell(field.getValue())));
        return row;
    }

    private static Cell cell(JsonNode value) {
        if (value.isNull()) {
            return Cell.NULL;
        }
        if (value.isNumber() || value.isBoolean()) {
            return Cell.plain(value.asText());
        }
        return Cell.text(value.isTextual() ? value.asText() : value.toString());
    }
}
