package io.grantline.app.api.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.grantline.app.api.ApiTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The replay administration's rules: the admin group only, known projection names only (refused naming the field
 * and listing the names, before anything is paused or rebuilt), and where each projection stands.
 */
class ReplayApiTest extends ApiTest {

    private static final String VERIFY = """
            query($name: String!) { verifyProjection(name: $name) { name differenceCount } }""";
    private static final String RESET = """
            mutation($name: String!) { resetProjection(name: $name) { name processor mode } }""";
    private static final String LIST = """
            query { listProjections { name processor position head behind replaying running } }""";

    private User admin() {
        return signIn(unique("admin"), "DAAdministrators");
    }

    private User member() {
        return signIn(unique("member"), unique("team"));
    }

    @Test
    void verifyProjectionIsRefusedToCallersOutsideTheAdminGroup() {
        User member = member();

        String error = member.graphql(VERIFY, "name", "read-model").error();

        assertUnauthorized(error, member, "verifyProjection");
    }

    @Test
    void verifyProjectionOfAnUnknownProjectionIsRefusedNamingTheFieldAndTheVerifiableProjections() {
        String error = admin().graphql(VERIFY, "name", "no-such-projection").error();

        assertThat(error).contains("InvalidInput").contains("name").contains("read-model")
                .contains("no-such-projection");
    }

    @Test
    void verifyProjectionOfAProjectionKeptByItsOwnProcessorIsRefusedAsNotVerifiable() {
        String error = admin().graphql(VERIFY, "name", "catalog").error();

        assertThat(error).contains("InvalidInput").contains("name").contains("read-model");
    }

    @Test
    void resetProjectionIsRefusedToCallersOutsideTheAdminGroupAndPausesNothing() {
        User member = member();
        List<Boolean> runningBefore = running();

        String error = member.graphql(RESET, "name", "read-model").error();

        assertUnauthorized(error, member, "resetProjection");
        assertThat(running()).isEqualTo(runningBefore);
    }

    @Test
    void resetProjectionOfAnUnknownProjectionIsRefusedNamingTheFieldAndListingTheKnownNames() {
        String error = admin().graphql(RESET, "name", "search-index").error();

        assertThat(error).contains("InvalidInput").contains("name").contains("search-index")
                .contains("read-model").contains("catalog").contains("governance");
    }

    @Test
    void resetProjectionWithABlankNameIsRefusedAsARequiredParameter() {
        String error = admin().graphql(RESET, "name", " ").error();

        assertThat(error).contains("name");
    }

    @Test
    void resetProjectionOfTheGovernanceHistoryReplaysItsProcessorInTheBackground() {
        JsonNode reset = admin().graphql(RESET, "name", "governance").data("resetProjection");

        assertThat(reset.get("mode").asText()).isEqualTo("REPLAY_STARTED");
        assertThat(reset.get("processor").asText()).isEqualTo("governance");
        awaitCaughtUp("governance");
    }

    @Test
    void resetProjectionOfTheCatalogStartsTheCatalogReindex() {
        JsonNode reset = admin().graphql(RESET, "name", "catalog").data("resetProjection");

        assertThat(reset.get("mode").asText()).isEqualTo("REPLAY_STARTED");
        assertThat(reset.get("processor").asText()).isEqualTo("catalog");
        awaitCaughtUp("catalog");
    }

    @Test
    void listProjectionsShowsEveryRebuildableProjectionWithItsPositionInTheEventStore() {
        JsonNode projections = admin().graphql(LIST).data("listProjections");

        assertThat(texts(projections, "name")).containsExactly("read-model", "catalog", "governance");
        projections.forEach(projection -> {
            assertThat(projection.get("head").asLong()).isGreaterThanOrEqualTo(projection.get("position").asLong());
            assertThat(projection.get("behind").asLong())
                    .isEqualTo(projection.get("head").asLong() - projection.get("position").asLong());
        });
    }

    @Test
    void listProjectionsIsRefusedToCallersOutsideTheAdminGroup() {
        User member = member();

        String error = member.graphql(LIST).error();

        assertUnauthorized(error, member, "listProjections");
    }

    /** The replay has reached the head again, so the other tests of the suite see the whole projection. */
    private void awaitCaughtUp(String name) {
        User admin = admin();
        Awaitility.await(name + " to replay up to the head").atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
                    JsonNode status = null;
                    for (JsonNode projection : admin.graphql(LIST).data("listProjections")) {
                        if (projection.get("name").asText().equals(name)) {
                            status = projection;
                        }
                    }
                    assertThat(status).isNotNull();
                    assertThat(status.get("replaying").asBoolean()).isFalse();
                    assertThat(status.get("running").asBoolean()).isTrue();
                    assertThat(status.get("behind").asLong()).isZero();
                });
    }

    private List<Boolean> running() {
        List<Boolean> running = new ArrayList<>();
        admin().graphql(LIST).data("listProjections").forEach(p -> running.add(p.get("running").asBoolean()));
        return running;
    }

    private static void assertUnauthorized(String error, User user, String operation) {
        assertThat(error).contains("UnauthorizedOperation")
                .contains("User: " + user.username + " is not authorized to perform: " + operation);
    }
}
