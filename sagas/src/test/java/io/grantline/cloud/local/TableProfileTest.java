package io.grantline.cloud.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableProfileTest {

    @TempDir
    Path folder;
    JsonNode results;

    @BeforeEach
    void profileSales() throws IOException {
        Files.writeString(folder.resolve("part-1.csv"), """
                id,price,customer,day
                1,9.5,ACME,2026-01-31
                2,10,,2026-02-01
                3,100,Globex,2026-02-01
                """);
        Files.writeString(folder.resolve("part-2.csv"), """
                id,price,customer,day
                4,,ACME,
                """);
        TableProfile profile = TableProfile.of(TableSchema.of(DataFiles.under(folder)).columns(),
                DataFiles.under(folder));
        results = new ObjectMapper().readTree(profile.results().toString());
    }

    @Test
    void rowsOfEveryFileAreCounted() {
        assertThat(results.get("table_nb_rows").asLong()).isEqualTo(4);
    }

    @Test
    void eachColumnIsNamedWithItsType() {
        assertThat(column(1).get("Name").asText()).isEqualTo("price");
        assertThat(column(1).get("Type").asText()).isEqualTo("double");
    }

    @Test
    void nullsAndCompletenessCountTheEmptyValues() {
        JsonNode customer = column(2).get("Metadata");

        assertThat(customer.get("Nulls").asLong()).isEqualTo(1);
        assertThat(customer.get("Completeness").asDouble()).isEqualTo(0.75);
    }

    @Test
    void distinctCountsDifferentValuesLeavingNullsOut() {
        assertThat(column(2).get("Metadata").get("Distinct").asLong()).isEqualTo(2);
        assertThat(column(3).get("Metadata").get("Distinct").asLong()).isEqualTo(2);
    }

    @Test
    void numericColumnsHaveNumericMinimumAndMaximum() {
        JsonNode price = column(1).get("Metadata");

        assertThat(price.get("Minimum").isNumber()).isTrue();
        assertThat(price.get("Minimum").asDouble()).isEqualTo(9.5);
        assertThat(price.get("Maximum").asDouble()).isEqualTo(100.0);
        assertThat(column(0).get("Metadata").get("Maximum").isIntegralNumber()).isTrue();
        assertThat(column(0).get("Metadata").get("Maximum").asLong()).isEqualTo(4);
    }

    @Test
    void otherColumnsHaveTheirMinimumAndMaximumInTextOrder() {
        assertThat(column(2).get("Metadata").get("Minimum").asText()).isEqualTo("ACME");
        assertThat(column(2).get("Metadata").get("Maximum").asText()).isEqualTo("Globex");
        assertThat(column(3).get("Metadata").get("Maximum").asText()).isEqualTo("2026-02-01");
    }

    @Test
    void anEmptyTableHasNoRowsAndNoExtremes() throws IOException {
        Path empty = Files.createDirectory(folder.resolve("empty"));
        Files.writeString(empty.resolve("a.csv"), "id\n");

        JsonNode profile = new ObjectMapper().readTree(TableProfile.of(TableSchema.of(DataFiles.under(empty))
                .columns(), DataFiles.under(empty)).results().toString());

        assertThat(profile.get("table_nb_rows").asLong()).isZero();
        assertThat(profile.get("columns").get(0).get("Metadata").get("Minimum").isNull()).isTrue();
    }

    private JsonNode column(int index) {
        return results.get("columns").get(index);
    }
}
