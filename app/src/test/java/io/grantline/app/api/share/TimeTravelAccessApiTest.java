package io.grantline.app.api.share;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * accessAt and shareObjectAt over a history built once through the API against the local cloud: a consumption role
 * of the consumers is shared the customers table and the raw folder of the crawled dataset (request, submit,
 * approve, grant), the grants are revoked, and then shared again. An instant is taken after each step's effects
 * are visible, together with what the local cloud's Lake Formation and S3 let the role read at that moment; the
 * answers at those instants must tell the same.
 */
class TimeTravelAccessApiTest extends TimeTravelApiSupport {

    static final String FOLDER_OBJECT = "raw/2024/sales.csv";

    /** One step of the history: the instant after it and what the cloud let the role read then. */
    record Step(String name, Instant at, boolean cloudTable, boolean cloudFolder) {
    }

    record History(Principal role, String shareUri, Map<String, Step> steps, List<String> firstItems,
                   List<String> secondItems) {

        Step step(String name) {
            return steps.get(name);
        }
    }

    private static History history;

    String table;
    String folder;

    @BeforeEach
    void buildTheHistoryOnce() {
        table = shared.crawled().table("customers");
        folder = shared.crawled().folder("raw");
        synchronized (TimeTravelAccessApiTest.class) {
            if (history == null) {
                history = buildHistory();
            }
        }
    }

    private History buildHistory() {
        Principal role = consumptionRole();
        Map<String, Step> steps = new LinkedHashMap<>();
        steps.put("created", step("created", role));

        String shareUri = requestShare(shared.crawled().datasetUri(), role);
        List<String> firstItems = new ArrayList<>(List.of(addItem(shareUri, "Table", table),
                addItem(shareUri, "StorageLocation", folder)));
        steps.put("requested", step("requested", role));

        requester.graphql(SUBMIT, "share", shareUri).data("submitShareObject");
        steps.put("submitted", step("submitted", role));

        owner.graphql(APPROVE, "share", shareUri).data("approveShareObject");
        awaitItems(shareUri, "Processed", "Share_Succeeded");
        steps.put("granted", step("granted", role));

        requester.graphql(REVOKE, "input", allItems(shareUri)).data("revokeItemsShareObject");
        awaitItems(shareUri, "Processed", "Revoke_Succeeded");
        steps.put("revoked", step("revoked", role));

        firstItems.forEach(item -> requester.graphql(REMOVE_ITEM, "item", item).data("removeSharedItem"));
        List<String> secondItems = List.of(addItem(shareUri, "Table", table),
                addItem(shareUri, "StorageLocation", folder));
        requester.graphql(SUBMIT, "share", shareUri).data("submitShareObject");
        owner.graphql(APPROVE, "share", shareUri).data("approveShareObject");
        awaitItems(shareUri, "Processed", "Share_Succeeded");
        steps.put("reshared", step("reshared", role));
        return new History(role, shareUri, steps, firstItems, secondItems);
    }

    /**
     * The instant after a step, what the cloud lets the role read right then, and a check that accessAt of that
     * very instant says the same.
     */
    private Step step(String name, Principal role) {
        Instant at = Instant.now();
        boolean cloudTable = canReadTable(role, shared.crawled(), "customers");
        boolean cloudFolder = canReadObject(role, shared.crawled(), FOLDER_OBJECT);
        assertThat(grantsTo(accessAt(owner, table, at), role)).as("table grants right after %s", name)
                .hasSize(cloudTable ? 1 : 0);
        assertThat(grantsTo(accessAt(owner, folder, at), role)).as("folder grants right after %s", name)
                .hasSize(cloudFolder ? 1 : 0);
        return new Step(name, at, cloudTable, cloudFolder);
    }

    private static List<JsonNode> grantsTo(JsonNode access, Principal role) {
        List<JsonNode> grants = new ArrayList<>();
        access.get("grants").forEach(grant -> {
            if (grant.get("principalId").asText().equals(role.principalId())) {
                grants.add(grant);
            }
        });
        return grants;
    }

    @Test
    void theCloudGrantedAndTookBackAccessAsTheHistoryWent() {
        assertThat(history.steps().values()).extracting(Step::name, Step::cloudTable, Step::cloudFolder)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("created", false, false),
                        org.assertj.core.groups.Tuple.tuple("requested", false, false),
                        org.assertj.core.groups.Tuple.tuple("submitted", false, false),
                        org.assertj.core.groups.Tuple.tuple("granted", true, true),
                        org.assertj.core.groups.Tuple.tuple("revoked", false, false),
                        org.assertj.core.groups.Tuple.tuple("reshared", true, true));
    }

    @Test
    void accessAtEveryInstantAgreesWithWhatTheCloudGrantedThen() {
        for (Step step : history.steps().values()) {
            assertThat(grantsTo(accessAt(owner, table, step.at()), history.role()))
                    .as("table grants to the role after %s", step.name()).hasSize(step.cloudTable() ? 1 : 0);
            assertThat(grantsTo(accessAt(owner, folder, step.at()), history.role()))
                    .as("folder grants to the role after %s", step.name()).hasSize(step.cloudFolder() ? 1 : 0);
        }
    }

    @Test
    void theGrantSaysWhoWhyWhoRequestedAndWhoApproved() {
        Step granted = history.step("granted");

        JsonNode grant = grantsTo(accessAt(owner, table, granted.at()), history.role()).get(0);

        assertThat(grant.get("principalType").asText()).isEqualTo("ConsumptionRole");
        assertThat(grant.get("team").asText()).isEqualTo(shared.consumerTeam());
        assertThat(grant.get("reason").asText()).isEqualTo("SHARE");
        assertThat(grant.get("permission").asText()).isEqualTo("Read");
        assertThat(grant.get("shareUri").asText()).isEqualTo(history.shareUri());
        assertThat(grant.get("shareItemUri").asText()).isEqualTo(history.firstItems().get(0));
        assertThat(grant.get("itemUri").asText()).isEqualTo(table);
        assertThat(grant.get("itemType").asText()).isEqualTo("Table");
        assertThat(grant.get("requestedBy").asText()).isEqualTo(requester.username);
        assertThat(grant.get("approvedBy").asText()).isEqualTo(owner.username);
        Instant requestedAt = Instant.parse(grant.get("requestedAt").asText());
        Instant approvedAt = Instant.parse(grant.get("approvedAt").asText());
        Instant grantedAt = Instant.parse(grant.get("grantedAt").asText());
        assertThat(requestedAt).isAfter(history.step("requested").at()).isBefore(history.step("submitted").at());
        assertThat(approvedAt).isAfter(history.step("submitted").at()).isBefore(grantedAt);
        assertThat(grantedAt).isBefore(granted.at());
    }

    @Test
    void approvalAloneGrantedNothing() {
        JsonNode grant = grantsTo(accessAt(owner, table, history.step("granted").at()), history.role()).get(0);
        Instant approvedAt = Instant.parse(grant.get("approvedAt").asText());

        assertThat(grantsTo(accessAt(owner, table, approvedAt), history.role())).isEmpty();
    }

    @Test
    void theOwnerTeamHoldsTheTableAtEveryInstant() {
        for (Step step : history.steps().values()) {
            assertThat(accessAt(owner, table, step.at()).get("grants")).as("after %s", step.name())
                    .anySatisfy(grant -> {
                        assertThat(grant.get("principalId").asText()).isEqualTo(shared.ownerTeam());
                        assertThat(grant.get("principalType").asText()).isEqualTo("Group");
                        assertThat(grant.get("reason").asText()).isEqualTo("OWNER_TEAM");
                        assertThat(grant.get("permission").asText()).isEqualTo("DATASET_TABLE_ALL");
                    });
        }
    }

    @Test
    void theDatasetListsTheShareGrantsOnItsTablesAndFolders() {
        String datasetUri = shared.crawled().datasetUri();

        JsonNode granted = accessAt(owner, datasetUri, history.step("granted").at());
        JsonNode revoked = accessAt(owner, datasetUri, history.step("revoked").at());
        JsonNode reshared = accessAt(owner, datasetUri, history.step("reshared").at());

        assertThat(granted.get("resourceType").asText()).isEqualTo("dataset");
        assertThat(sharedItems(granted, history.shareUri())).containsExactlyInAnyOrder(table, folder);
        assertThat(sharedItems(revoked, history.shareUri())).isEmpty();
        assertThat(sharedItems(reshared, history.shareUri())).containsExactlyInAnyOrder(table, folder);
        assertThat(granted.get("grants")).anySatisfy(grant -> {
            assertThat(grant.get("principalId").asText()).isEqualTo(shared.ownerTeam());
            assertThat(grant.get("permission").asText()).isEqualTo("DATASET_ALL");
        });
    }

    @Test
    void theReShareIsGrantedByItsOwnRequestAndApproval() {
        JsonNode first = grantsTo(accessAt(owner, folder, history.step("granted").at()), history.role()).get(0);
        JsonNode second = grantsTo(accessAt(owner, folder, history.step("reshared").at()), history.role()).get(0);

        assertThat(second.get("shareItemUri").asText()).isEqualTo(history.secondItems().get(1));
        assertThat(Instant.parse(second.get("approvedAt").asText())).isAfter(history.step("revoked").at());
        assertThat(Instant.parse(second.get("grantedAt").asText())).isAfter(
                Instant.parse(first.get("grantedAt").asText()));
    }

    @Test
    void theAnswerNamesTheInstantAndTheLastEventItRead() {
        Step granted = history.step("granted");

        JsonNode access = accessAt(owner, table, granted.at());

        assertThat(access.get("resourceUri").asText()).isEqualTo(table);
        assertThat(access.get("resourceType").asText()).isEqualTo("table");
        assertThat(access.get("datasetUri").asText()).isEqualTo(shared.crawled().datasetUri());
        assertThat(Instant.parse(access.get("at").asText())).isEqualTo(granted.at());
        assertThat(Long.parseLong(access.get("lastEventPosition").asText())).isPositive();
        assertThat(Instant.parse(access.get("lastEventTime").asText())).isBeforeOrEqualTo(granted.at());
    }

    @Test
    void shareObjectAtShowsTheShareAsItWasAfterEachStep() {
        String shareUri = history.shareUri();

        JsonNode requested = shareAt(requester, shareUri, history.step("requested").at());
        JsonNode submitted = shareAt(requester, shareUri, history.step("submitted").at());
        JsonNode granted = shareAt(owner, shareUri, history.step("granted").at());
        JsonNode revoked = shareAt(owner, shareUri, history.step("revoked").at());

        assertThat(requested.get("status").asText()).isEqualTo("Draft");
        assertThat(requested.get("owner").asText()).isEqualTo(requester.username);
        assertThat(requested.get("principal").get("principalId").asText()).isEqualTo(history.role().principalId());
        assertThat(requested.get("principal").get("principalType").asText()).isEqualTo("ConsumptionRole");
        assertThat(requested.get("principal").get("groupUri").asText()).isEqualTo(shared.consumerTeam());
        assertThat(requested.get("principal").get("principalRoleArn").asText()).isEqualTo(history.role().roleArn());
        assertThat(texts(requested.get("items"), "status")).containsOnly("PendingApproval");
        assertThat(requested.get("submittedBy").isNull()).isTrue();

        assertThat(submitted.get("status").asText()).isEqualTo("Submitted");
        assertThat(submitted.get("submittedBy").asText()).isEqualTo(requester.username);
        assertThat(submitted.get("approvedBy").isNull()).isTrue();

        assertThat(granted.get("status").asText()).isEqualTo("Processed");
        assertThat(granted.get("approvedBy").asText()).isEqualTo(owner.username);
        assertThat(texts(granted.get("items"), "status")).containsOnly("Share_Succeeded");
        assertThat(texts(granted.get("items"), "granted")).containsOnly("true");

        assertThat(texts(revoked.get("items"), "status")).containsOnly("Revoke_Succeeded");
        assertThat(texts(revoked.get("items"), "granted")).containsOnly("false");
        assertThat(revoked.get("revocations")).singleElement().satisfies(revocation -> {
            assertThat(revocation.get("revokedBy").asText()).isEqualTo(requester.username);
            assertThat(texts(revocation.get("shareItemUris"))).containsExactlyInAnyOrderElementsOf(
                    history.firstItems());
        });
        assertThat(revoked.get("version").asInt()).isGreaterThan(granted.get("version").asInt());
        assertThat(Instant.parse(revoked.get("asOf").asText())).isEqualTo(history.step("revoked").at());
    }
}
