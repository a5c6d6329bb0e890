package io.grantline.cloud.local;

/**
 * One value of a row read from a data file: its text, null when the row has none. textual says the file marks it
 * as text (a JSON string), so it cannot be a number or boolean whatever it looks like.
 */
record Cell(String text, boolean textual) {

    static final Cell NULL = new Cell(null, false);

    static Cell plain(String text) {
        return text == null || text.isEmpty() ? NULL : new Cell(text, false);
    }

    static Cell text(String text) {
        return new Cell(text, true);
    }

    boolean isNull() {
        return text == null;
    }
}
