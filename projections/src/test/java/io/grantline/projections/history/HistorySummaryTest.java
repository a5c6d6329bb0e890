package io.grantline.projections.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class HistorySummaryTest {

    @Test
    void names_the_actor_the_verb_the_resource_and_how_many_items() {
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        fields.putObject("itemStatuses").put("si1", "Share_Approved").put("si2", "Share_Approved");

        assertThat(HistorySummary.of("alice", "ShareObjectApproved", "shr-123", fields))
                .isEqualTo("alice approved share object shr-123 (2 items)");
    }

    @Test
    void names_the_label_when_the_event_carries_one() {
        ObjectNode fields = JsonNodeFactory.instance.objectNode().put("label", "Sales");

        assertThat(HistorySummary.of("bob", "DatasetUpdated", "ds1", fields)).isEqualTo("bob updated dataset ds1 \"Sales\"");
    }

    @Test
    void keeps_the_words_after_the_verb() {
        ObjectNode fields = JsonNodeFactory.instance.objectNode().put("groupUri", "analysts");

        assertThat(HistorySummary.of("carol", "GroupInvitedToEnvironment", "env1", fields))
                .isEqualTo("carol invited group to environment env1 \"analysts\"");
    }

    @Test
    void events_without_an_actor_are_the_platform_s() {
        assertThat(HistorySummary.of(null, "GlueCrawlerStarted", "ds1", JsonNodeFactory.instance.objectNode()))
                .isEqualTo("grantline started glue crawler ds1");
    }
}
