package io.grantline.command.dataset;

import static io.grantline.command.dataset.DatasetInputs.blank;
import static io.grantline.command.dataset.DatasetInputs.cleaned;
import static io.grantline.command.dataset.DatasetInputs.invalid;
import static io.grantline.command.validation.Require.present;

import io.grantline.api.dataset.DatasetCommands.CreateTableDataFilter;
import java.util.List;
import java.util.regex.Pattern;

/**
 * data.all's rules for a table data filter (Lake Formation data cells filter): a name of lower-case letters, digits
 * and underscores; a ROW filter has a row expression, a COLUMN filter the columns it lets through.
 */
final class DataFilterInputs {

    static final String ROW = "ROW";
    static final String COLUMN = "COLUMN";
    static final int MAX_NAME = 31;

    private static final Pattern NAME = Pattern.compile("^[a-z0-9_]+$");

    private DataFilterInputs() {
    }

    static String nameOf(String action, CreateTableDataFilter command) {
        String name = present(action, "filterName", command.filterName());
        if (!NAME.matcher(name).matches()) {
            throw invalid(action, "filterName", name, "made of lower-case letters, digits and underscores only");
        }
        if (name.length() > MAX_NAME) {
            throw invalid(action, "filterName", name, "at most " + MAX_NAME + " characters long");
        }
        return name;
    }

    static String typeOf(String action, CreateTableDataFilter command) {
        String type = present(action, "filterType", command.filterType());
        if (!type.equals(ROW) && !type.equals(COLUMN)) {
            throw invalid(action, "filterType", type, "ROW or COLUMN value");
        }
        if (type.equals(ROW) && blank(command.rowExpression())) {
            throw invalid(action, "rowExpression", command.rowExpression(), "provided for ROW filter");
        }
        if (type.equals(COLUMN) && cleaned(command.includedCols()).isEmpty()) {
            throw invalid(action, "includedCols", command.includedCols(), "provided for COLUMN filter");
        }
        return type;
    }

    /** The columns a COLUMN filter lets through; a ROW filter names none. */
    static List<String> includedColumnsOf(String type, CreateTableDataFilter command) {
        return type.equals(COLUMN) ? cleaned(command.includedCols()) : List.of();
    }

    /** The row expression of a ROW filter; a COLUMN filter has none. */
    static String rowExpressionOf(String type, CreateTableDataFilter command) {
        return type.equals(ROW) ? command.rowExpression().trim() : null;
    }
}
