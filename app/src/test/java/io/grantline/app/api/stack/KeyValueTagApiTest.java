package io.grantline.app.api.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.grantline.api.environment.StackStatus;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** listKeyValueTags and updateKeyValueTags: tags applied to the environment stack, which is then redeployed. */
class KeyValueTagApiTest extends StackApiSupport {

    static final String UPDATE_TAGS = """
            mutation($input: UpdateKeyValueTagsInput!) {
              updateKeyValueTags(input: $input) { tagUri targetUri targetType key value cascade }
            }""";
    static final String LIST_TAGS = """
            query($target: String!, $type: String!) {
              listKeyValueTags(targetUri: $target, targetType: $type) { tagUri key value cascade }
            }""";

    @Autowired
    JdbcTemplate jdbc;

    GraphQl updateTags(User user, String targetType, List<?> tags) {
        return user.graphql(UPDATE_TAGS, "input", map("targetUri", environmentUri, "targetType", targetType,
                "tags", tags));
    }

    @Test
    void updatedTagsAreListedAndTheStackIsRedeployedWithThem() {
        awaitStack(StackStatus.CREATE_COMPLETE);

        JsonNode answered = updateTags(owner, "environment", List.of(
                map("key", "CostCenter", "value", "42", "cascade", true),
                map("key", "Owner", "value", "sales", "cascade", false))).data("updateKeyValueTags");

        assertThat(answered).hasSize(2);
        assertThat(answered.get(0).get("targetUri").asText()).isEqualTo(environmentUri);
        JsonNode listed = owner.graphql(LIST_TAGS, "target", environmentUri, "type", "environment")
                .data("listKeyValueTags");
        assertThat(listed.get(0).get("key").asText()).isEqualTo("CostCenter");
        assertThat(listed.get(0).get("value").asText()).isEqualTo("42");
        assertThat(listed.get(0).get("cascade").asBoolean()).isTrue();
        assertThat(listed.get(1).get("key").asText()).isEqualTo("Owner");
        awaitStack(StackStatus.UPDATE_COMPLETE);
        assertThat(jdbc.queryForObject("select tags ->> 'CostCenter' from local_stack where account_id = ? "
                + "and status <> 'DELETE_COMPLETE'", String.class, account)).isEqualTo("42");
    }

    @Test
    void updatingTagsReplacesTheEarlierOnes() {
        updateTags(owner, "environment", List.of(map("key", "A", "value", "1", "cascade", false)));

        updateTags(owner, "environment", List.of(map("key", "B", "value", "2", "cascade", false)));

        JsonNode listed = owner.graphql(LIST_TAGS, "target", environmentUri, "type", "environment")
                .data("listKeyValueTags");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("key").asText()).isEqualTo("B");
    }

    @Test
    void tagKeysThatDifferOnlyInCaseAreRefusedAndChangeNothing() {
        updateTags(owner, "environment", List.of(map("key", "A", "value", "1", "cascade", false)));

        String error = updateTags(owner, "environment", List.of(
                map("key", "Team", "value", "1", "cascade", false),
                map("key", "team", "value", "2", "cascade", false))).error();

        assertThat(error).contains("InvalidInput").contains("tags");
        assertThat(owner.graphql(LIST_TAGS, "target", environmentUri, "type", "environment")
                .data("listKeyValueTags").get(0).get("key").asText()).isEqualTo("A");
    }

    @Test
    void updateTagsOfAnUnknownTargetTypeIsRefusedNamingTheTargetType() {
        String error = updateTags(owner, "dataset", List.of(map("key", "A", "value", "1", "cascade", false)))
                .error();

        assertThat(error).contains("InvalidInput").contains("targetType").contains("dataset");
    }

    @Test
    void invitedTeamWithoutUpdateEnvironmentCannotChangeTheTags() {
        User member = invitedMember();

        String error = updateTags(member, "environment", List.of(map("key", "A", "value", "1", "cascade", false)))
                .error();

        assertUnauthorized(error, member, "UPDATE_ENVIRONMENT", environmentUri);
    }

    @Test
    void invitedTeamCanListTheTags() {
        updateTags(owner, "environment", List.of(map("key", "A", "value", "1", "cascade", false)));
        User member = invitedMember();

        assertThat(member.graphql(LIST_TAGS, "target", environmentUri, "type", "environment")
                .data("listKeyValueTags")).hasSize(1);
    }

    @Test
    void outsiderCannotListTheTags() {
        User outsider = outsider();

        String error = outsider.graphql(LIST_TAGS, "target", environmentUri, "type", "environment").error();

        assertUnauthorized(error, outsider, "GET_ENVIRONMENT", environmentUri);
    }

    @Test
    void listTagsOfAnUnknownTargetTypeIsRefusedNamingTheTargetType() {
        String error = owner.graphql(LIST_TAGS, "target", environmentUri, "type", "notebook").error();

        assertThat(error).contains("InvalidInput").contains("targetType");
    }
}
