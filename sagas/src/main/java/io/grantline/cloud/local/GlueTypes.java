package io.grantline.cloud.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Glue column types the local crawler infers from values: bigint, double, boolean, date ({@code yyyy-MM-dd}),
 * timestamp (ISO, {@code T} or a space between date and time), else string; and how a column's type widens when its
 * values disagree.
 */
final class GlueTypes {

    static final String BIGINT = "bigint";
    static final String DOUBLE = "double";
    static final String BOOLEAN = "boolean";
    static final String DATE = "date";
    static final String TIMESTAMP = "timestamp";
    static final String STRING = "string";

    private static final Pattern INTEGER = Pattern.compile("[-+]?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern DATE_TEXT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIMESTAMP_TEXT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}.*");
    private static final Set<String> NUMERIC = Set.of(BIGINT, DOUBLE);
    private static final Set<String> TEMPORAL = Set.of(DATE, TIMESTAMP);

    private GlueTypes() {
    }

    /** The narrowest type the value fits, null when it tells nothing (no value, or only blanks). */
    static String of(Cell cell) {
        if (cell.isNull() || cell.text().isBlank()) {
            return null;
        }
        String text = cell.text().trim();
        if (isDate(text)) {
            return DATE;
        }
        if (isTimestamp(text)) {
            return TIMESTAMP;
        }
        if (cell.textual()) {
            return STRING;
        }
        if (INTEGER.matcher(text).matches()) {
            return fitsLong(text) ? BIGINT : DOUBLE;
        }
        if (DECIMAL.matcher(text).matches()) {
            return DOUBLE;
        }
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return BOOLEAN;
        }
        return STRING;
    }

    /** The narrowest type both fit: numbers widen to double, dates to timestamp, anything else to string. */
    static String widen(String current, String observed) {
        if (current == null) {
            return observed;
        }
        if (observed == null || current.equals(observed)) {
            return current;
        }
        if (NUMERIC.contains(current) && NUMERIC.contains(observed)) {
            return DOUBLE;
        }
        if (TEMPORAL.contains(current) && TEMPORAL.contains(observed)) {
            return TIMESTAMP;
        }
        return STRING;
    }

    static boolean isNumeric(String type) {
        return NUMERIC.contains(type);
    }

    /** The number a value of a numeric column holds; null when it holds none. */
    static BigDecimal number(Cell cell) {
        if (cell.isNull()) {
            return null;
        }
        String text = cell.text().trim();
        return DECIMAL.matcher(text).matches() ? new BigDecimal(text) : null;
    }

    /** The value as the column's type shows it in JSON (query results); text when it does not fit the type. */
    static JsonNode json(String type, Cell cell) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (cell.isNull()) {
            return nodes.nullNode();
        }
        BigDecimal number = isNumeric(type) ? number(cell) : null;
        if (number != null) {
            return BIGINT.equals(type) && fitsLong(number.toPlainString()) ? nodes.numberNode(number.longValueExact())
                    : nodes.numberNode(number.doubleValue());
        }
        String text = cell.text().trim();
        if (BOOLEAN.equals(type) && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
            return nodes.booleanNode(Boolean.parseBoolean(text.toLowerCase(Locale.ROOT)));
        }
        return nodes.textNode(cell.text());
    }

    private static boolean fitsLong(String text) {
        try {
            Long.parseLong(text.startsWith("+") ? text.substring(1) : text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isDate(String text) {
        if (!DATE_TEXT.matcher(text).matches()) {
            return false;
        }
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean isTimestamp(String text) {
        if (!TIMESTAMP_TEXT.matcher(text).matches()) {
            return false;
        }
        String iso = text.charAt(10) == ' ' ? text.substring(0, 10) + 'T' + text.substring(11) : text;
        try {
            LocalDateTime.parse(iso);
            return true;
        } catch (DateTimeParseException e) {
            try {
                OffsetDateTime.parse(iso);
                return true;
            } catch (DateTimeParseException notOffset) {
                return false;
            }
        }
    }
}
