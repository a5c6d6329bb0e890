package io.grantline.api.dataset;

/** A column of a dataset table as Grantline records it: its identifier, catalog facts and the user's description. */
public record TableColumn(String columnUri, String name, String typeName, String columnType, int position,
                         String description) {
}
