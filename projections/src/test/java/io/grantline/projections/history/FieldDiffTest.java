package io.grantline.projections.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.grantline.api.dataset.DatasetEvents.DatasetTableAdded;
import io.grantline.api.dataset.TableColumn;
import io.grantline.api.history.HistoryQueries.GovernanceChange;
import io.grantline.api.organization.OrganizationEvents.OrganizationCreated;
import io.grantline.api.organization.OrganizationEvents.OrganizationUpdated;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FieldDiffTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void a_first_event_has_every_field_as_a_change_from_nothing() {
        ObjectNode fields = EventFields.of(new OrganizationCreated("org1", "Sales", "sales", "Our sales",
                List.of("a"), "team", "alice", NOW));

        FieldDiff.Result diff = FieldDiff.of(null, fields, Set.of("organizationUri"));

        assertThat(diff.changes()).contains(new GovernanceChange("label", null, "Sales"),
                new GovernanceChange("tags", null, "[\"a\"]"));
        assertThat(diff.changes()).extracting(GovernanceChange::field).doesNotContain("organizationUri", "created");
    }

    @Test
    void a_later_event_shows_only_what_it_changed_with_before_and_after() {
        ObjectNode known = FieldDiff.of(null, EventFields.of(new OrganizationCreated("org1", "Sales", "sales",
                "Our sales", List.of("a"), "team", "alice", NOW)), Set.of("organizationUri")).state();

        FieldDiff.Result diff = FieldDiff.of(known, EventFields.of(new OrganizationUpdated("org1", "Sales EU",
                "Our sales", List.of("a"), NOW.plusSeconds(5))), Set.of("organizationUri"));

        assertThat(diff.changes()).containsExactly(new GovernanceChange("label", "Sales", "Sales EU"));
        assertThat(diff.state().get("label").asText()).isEqualTo("Sales EU");
        assertThat(diff.state().get("name").asText()).as("fields the event does not carry are kept").isEqualTo("sales");
    }

    @Test
    void the_same_event_twice_changes_nothing_the_second_time() {
        ObjectNode fields = EventFields.of(new OrganizationUpdated("org1", "Sales", "x", List.of(), NOW));
        ObjectNode known = FieldDiff.of(null, fields, Set.of()).state();

        assertThat(FieldDiff.of(known, fields, Set.of()).changes()).isEmpty();
    }

    @Test
    void large_values_are_kept_as_a_digest_and_shown_by_their_size() {
        List<TableColumn> columns = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            columns.add(new TableColumn("c" + i, "column_" + i, "string", "column", i, "The column number " + i));
        }
        ObjectNode fields = EventFields.of(new DatasetTableAdded("ds1", "t1", "orders", "orders", "db", "orders/",
                Map.of(), columns, "alice", NOW));

        FieldDiff.Result diff = FieldDiff.of(null, fields, Set.of());

        assertThat(diff.changes()).contains(new GovernanceChange("columns", null, "[200 items]"));
        assertThat(diff.state().get("columns").toString()).hasSizeLessThan(200);
        List<TableColumn> changed = new ArrayList<>(columns);
        changed.set(3, new TableColumn("c3", "column_3", "int", "column", 3, "The column number 3"));
        FieldDiff.Result next = FieldDiff.of(diff.state(), EventFields.of(new DatasetTableAdded("ds1", "t1", "orders",
                "orders", "db", "orders/", Map.of(), changed, "alice", NOW)), Set.of());
        assertThat(next.changes()).containsExactly(new GovernanceChange("columns", "[200 items]", "[200 items]"));
    }

    @Test
    void secrets_never_reach_the_fields() {
        record CredentialsRotated(String environmentUri, String secretArn, String password, Map<String, String> auth,
                                  String label) {
        }
        ObjectNode fields = EventFields.of(new CredentialsRotated("env1", "arn:secret", "hunter2",
                Map.of("accessToken", "t0ken", "user", "bob"), "rotation"));

        assertThat(fields.fieldNames()).toIterable().containsExactly("environmentUri", "auth", "label");
        assertThat(fields.toString()).doesNotContain("hunter2", "t0ken", "arn:secret");
    }

    @Test
    void dates_that_are_part_of_the_fact_are_kept() {
        record ShareDated(String shareUri, Instant expiryDate, Instant approved) {
        }
        ObjectNode fields = EventFields.of(new ShareDated("s1", NOW, NOW));

        assertThat(fields.fieldNames()).toIterable().containsExactly("shareUri", "expiryDate");
        assertThat(fields.get("expiryDate").asText()).isEqualTo("2026-12-02T10:00:00Z");
    }
}
