package io.grantline.cloud.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grantline.api.dataset.CatalogTable.CatalogColumn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableSchemaTest {

    @TempDir
    Path folder;

    @Test
    void csvColumnsAreTheHeaderNamesTypedByTheirValues() throws IOException {
        file("sales.csv", """
                id,price,paid,day,at,customer
                1,9.5,true,2026-01-31,2026-01-31T10:15:30,ACME
                2,12,false,2026-02-01,2026-02-01 08:00:00,Globex
                """);

        assertThat(columns()).containsExactly(
                column("id", "bigint"), column("price", "double"), column("paid", "boolean"),
                column("day", "date"), column("at", "timestamp"), column("customer", "string"));
    }

    @Test
    void integersAndDecimalsWidenToDouble() throws IOException {
        file("a.csv", "amount\n1\n2\n");
        file("b.csv", "amount\n2.5\n");

        assertThat(columns()).containsExactly(column("amount", "double"));
    }

    @Test
    void anythingMixedWithTextWidensToString() throws IOException {
        file("a.csv", "code,flag\n1,true\nA7,1\n");

        assertThat(columns()).containsExactly(column("code", "string"), column("flag", "string"));
    }

    @Test
    void datesMixedWithTimestampsWidenToTimestamp() throws IOException {
        file("a.csv", "at\n2026-01-31\n2026-01-31T10:15:30Z\n");

        assertThat(columns()).containsExactly(column("at", "timestamp"));
    }

    @Test
    void emptyValuesSayNothingAndAColumnWithoutValuesIsString() throws IOException {
        file("a.csv", "id,note\n1,\n,\n3,\n");

        assertThat(columns()).containsExactly(column("id", "bigint"), column("note", "string"));
    }

    @Test
    void quotedCsvFieldsMayHoldDelimitersQuotesAndLineBreaks() throws IOException {
        file("a.csv", "name;comment\n\"Smith; John\";\"said \"\"hi\"\"\nthen left\"\n");
        List<String> rows = new ArrayList<>();

        DataFiles.read(folder.resolve("a.csv"), row -> rows.add(row.get("name").text() + "|"
                + row.get("comment").text()));

        assertThat(rows).containsExactly("Smith; John|said \"hi\"\nthen left");
        assertThat(CsvReader.delimiterOf(folder.resolve("a.csv"))).isEqualTo(';');
    }

    @Test
    void jsonColumnsAreTheUnionOfTheKeysInTheOrderFirstSeen() throws IOException {
        file("a.jsonl", """
                {"id": 1, "name": "ACME"}
                {"id": 2, "country": "FR", "name": "Globex"}
                """);
        file("b.json", """
                {"vip": true, "id": 3}
                """);

        assertThat(columns()).extracting(CatalogColumn::name).containsExactly("id", "name", "country", "vip");
    }

    @Test
    void jsonValuesAreTypedByTheirJsonType() throws IOException {
        file("a.jsonl", """
                {"n": 1, "x": 1.5, "b": false, "s": "123", "d": "2026-01-31", "o": {"k": 1}, "z": null}
                {"n": 9223372036854775807, "x": 2, "b": true, "s": "x", "d": "2026-02-01", "o": [1], "z": null}
                """);

        assertThat(columns()).containsExactly(column("n", "bigint"), column("x", "double"), column("b", "boolean"),
                column("s", "string"), column("d", "date"), column("o", "string"), column("z", "string"));
    }

    @Test
    void aJsonFileMayHoldAnArrayOfRecords() throws IOException {
        file("a.json", """
                [{"id": 1},
                 {"id": 2, "tag": "x"}]
                """);

        assertThat(columns()).containsExactly(column("id", "bigint"), column("tag", "string"));
    }

    @Test
    void malformedJsonIsUnreadableWithItsLine() throws IOException {
        file("a.jsonl", "{\"id\": 1}\n{\"id\": \n");

        assertThatThrownBy(this::columns).isInstanceOf(UnreadableDataException.class)
                .hasMessageContaining("a.jsonl").hasMessageContaining("not JSON");
    }

    @Test
    void anUnclosedCsvQuoteIsUnreadable() throws IOException {
        file("a.csv", "id,name\n1,\"open\n");

        assertThatThrownBy(this::columns).isInstanceOf(UnreadableDataException.class)
                .hasMessageContaining("line 2: a quoted field is not closed");
    }

    private List<CatalogColumn> columns() {
        return TableSchema.of(DataFiles.under(folder)).columns();
    }

    private void file(String name, String content) throws IOException {
        Files.writeString(folder.resolve(name), content);
    }

    private static CatalogColumn column(String name, String type) {
        return new CatalogColumn(name, type, null, "column");
    }
}
