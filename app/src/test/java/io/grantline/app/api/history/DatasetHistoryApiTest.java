package io.grantline.app.api.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** governanceHistory of datasets, folders, environments and organizations: what it shows and to whom. */
class DatasetHistoryApiTest extends HistoryApiSupport {

    @Test
    void aDatasetsHistoryShowsItsCreationAndItsUpdateWithBeforeAndAfter() {
        Dataset dataset = createDataset(unique("orders"), "Orders of the shop");
        String label = unique("orders-eu");
        updateDataset(owner, dataset, "label", label, "description", "Orders of the EU shops");

        JsonNode page = awaitHistory(owner, dataset.datasetUri(), history -> hasAction(history, "DatasetUpdated"));

        JsonNode updated = page.get("nodes").get(0);
        assertThat(updated.get("action").asText()).as("newest first").isEqualTo("DatasetUpdated");
        assertThat(updated.get("actor").asText()).isEqualTo(owner.username);
        assertThat(updated.get("resourceUri").asText()).isEqualTo(dataset.datasetUri());
        assertThat(updated.get("resourceType").asText()).isEqualTo("dataset");
        assertThat(updated.get("summary").asText())
                .isEqualTo(owner.username + " updated dataset " + dataset.datasetUri() + " \"" + label + "\"");
        assertThat(change(updated, "description")).containsEntry("before", "Orders of the shop")
                .containsEntry("after", "Orders of the EU shops");
        assertThat(change(updated, "label")).containsEntry("after", label);
        assertThat(texts(updated.get("changes"), "field")).as("only what changed")
                .doesNotContain("topics", "confidentiality", "datasetUri", "updated");
        JsonNode created = first(page, "DatasetCreated");
        assertThat(created.get("actor").asText()).isEqualTo(owner.username);
        assertThat(change(created, "description")).containsEntry("before", null)
                .containsEntry("after", "Orders of the shop");
        assertThat(created.get("correlationId").asText()).isNotBlank()
                .isNotEqualTo(updated.get("correlationId").asText());
        assertThat(Long.parseLong(created.get("position").asText()))
                .isLessThan(Long.parseLong(updated.get("position").asText()));
    }

    @Test
    void theEventsOfOneCallShareItsCorrelationIdWithWhatTheSagasDidAfterwards() {
        Dataset dataset = createDataset(unique("deployed"), "a dataset whose stack is deployed");

        JsonNode page = awaitHistory(owner, dataset.datasetUri(),
                history -> hasAction(history, "DatasetStackStatusChanged"));

        String correlationId = first(page, "DatasetCreated").get("correlationId").asText();
        JsonNode sameCall = historyPage(owner, dataset.datasetUri(),
                map("correlationId", correlationId, "pageSize", 100));
        assertThat(actions(sameCall)).contains("DatasetCreated", "DatasetStackDeploymentRequested",
                "DatasetStackStatusChanged");
        assertThat(texts(sameCall.get("nodes"), "correlationId")).containsOnly(correlationId);
        JsonNode followUp = first(sameCall, "DatasetStackStatusChanged");
        assertThat(followUp.get("causationId").asText()).as("caused by a message of the saga, not the API call")
                .isNotEqualTo(correlationId);
    }

    @Test
    void aFoldersHistoryShowsItsOwnEventsWhichTheDatasetsHistoryShowsToo() {
        Dataset dataset = createDataset(unique("with-folder"), "holds a folder");
        String locationUri = owner.graphql(CREATE_FOLDER, "uri", dataset.datasetUri(), "input", map("label", "Raw",
                "prefix", "raw", "description", "as it arrives")).text("createDatasetStorageLocation.locationUri");
        owner.graphql(UPDATE_FOLDER, "uri", locationUri, "input", map("label", "Raw", "description",
                "as it arrived")).data("updateDatasetStorageLocation");

        JsonNode folder = awaitHistory(owner, locationUri,
                history -> hasAction(history, "DatasetStorageLocationUpdated"));

        assertThat(actions(folder)).startsWith("DatasetStorageLocationUpdated")
                .contains("DatasetStorageLocationCreated").doesNotContain("DatasetCreated");
        JsonNode updated = first(folder, "DatasetStorageLocationUpdated");
        assertThat(updated.get("resourceType").asText()).isEqualTo("folder");
        assertThat(updated.get("aggregateUri").asText()).isEqualTo(dataset.datasetUri());
        assertThat(change(updated, "description")).containsEntry("before", "as it arrives")
                .containsEntry("after", "as it arrived");
        JsonNode ofTheDataset = historyPage(owner, dataset.datasetUri(), map("pageSize", 100));
        assertThat(actions(ofTheDataset)).contains("DatasetCreated", "DatasetStorageLocationCreated",
                "DatasetStorageLocationUpdated");
    }

    @Test
    void anEnvironmentsEventsAreInItsOrganizationsHistoryToo() {
        JsonNode organization = awaitHistory(owner, shared.organizationUri(),
                history -> hasAction(history, "EnvironmentCreated"));
        JsonNode environment = awaitHistory(owner, shared.environmentUri(),
                history -> hasAction(history, "EnvironmentCreated"));

        assertThat(actions(organization)).contains("OrganizationCreated", "EnvironmentCreated");
        assertThat(first(organization, "EnvironmentCreated").get("resourceUri").asText())
                .isEqualTo(shared.environmentUri());
        assertThat(actions(environment)).doesNotContain("OrganizationCreated");
        assertThat(first(environment, "EnvironmentCreated").get("resourceType").asText()).isEqualTo("environment");
    }

    @Test
    void pagesAreNewestFirstAndNumberedLikeDataAllsPages() {
        Dataset dataset = createDataset(unique("paged"), "v0");
        for (int version = 1; version <= 4; version++) {
            updateDataset(owner, dataset, "description", "v" + version);
        }
        JsonNode all = awaitHistory(owner, dataset.datasetUri(),
                history -> actions(history).stream().filter("DatasetUpdated"::equals).count() == 4);
        int count = all.get("count").asInt();

        JsonNode second = historyPage(owner, dataset.datasetUri(), map("page", 2, "pageSize", 2));

        assertThat(second.get("count").asInt()).isEqualTo(count);
        assertThat(second.get("page").asInt()).isEqualTo(2);
        assertThat(second.get("pages").asInt()).isEqualTo((count + 1) / 2);
        assertThat(second.get("hasPrevious").asBoolean()).isTrue();
        assertThat(second.get("hasNext").asBoolean()).isEqualTo(count > 4);
        assertThat(texts(second.get("nodes"), "eventId"))
                .containsExactly(all.get("nodes").get(2).get("eventId").asText(),
                        all.get("nodes").get(3).get("eventId").asText());
        JsonNode newest = historyPage(owner, dataset.datasetUri(), map("page", 1, "pageSize", 1));
        assertThat(change(newest.get("nodes").get(0), "description")).containsEntry("before", "v3")
                .containsEntry("after", "v4");
    }

    @Test
    void theFilterNarrowsByActionActorCorrelationAndTime() {
        Dataset dataset = createDataset(unique("filtered"), "first");
        updateDataset(owner, dataset, "description", "second");
        User colleague = signIn(unique("colleague"), shared.team());
        updateDataset(colleague, dataset, "description", "third");
        JsonNode all = awaitHistory(owner, dataset.datasetUri(),
                history -> actions(history).stream().filter("DatasetUpdated"::equals).count() == 2);

        JsonNode updates = historyPage(owner, dataset.datasetUri(), map("actions", List.of("DatasetUpdated")));
        assertThat(actions(updates)).containsExactly("DatasetUpdated", "DatasetUpdated");

        JsonNode byColleague = historyPage(owner, dataset.datasetUri(), map("actor", colleague.username));
        assertThat(byColleague.get("count").asInt()).isEqualTo(1);
        assertThat(change(byColleague.get("nodes").get(0), "description")).containsEntry("before", "second")
                .containsEntry("after", "third");

        JsonNode ownersUpdate = updates.get("nodes").get(1);
        assertThat(ownersUpdate.get("actor").asText()).isEqualTo(owner.username);
        String correlationId = ownersUpdate.get("correlationId").asText();
        JsonNode byCorrelation = historyPage(owner, dataset.datasetUri(), map("correlationId", correlationId));
        assertThat(texts(byCorrelation.get("nodes"), "correlationId")).isNotEmpty().containsOnly(correlationId);
        assertThat(texts(byCorrelation.get("nodes"), "eventId")).contains(ownersUpdate.get("eventId").asText());

        String newestTime = all.get("nodes").get(0).get("time").asText();
        String oldestTime = all.get("nodes").get(all.get("nodes").size() - 1).get("time").asText();
        JsonNode fromNewest = historyPage(owner, dataset.datasetUri(), map("from", newestTime));
        assertThat(texts(fromNewest.get("nodes"), "time")).isNotEmpty()
                .allSatisfy(time -> assertThat(time.compareTo(newestTime)).isGreaterThanOrEqualTo(0));
        JsonNode toOldest = historyPage(owner, dataset.datasetUri(), map("to", oldestTime, "pageSize", 100));
        assertThat(actions(toOldest)).contains("DatasetCreated").doesNotContain("DatasetUpdated");
    }

    @Test
    void aCallerWhoCannotReadTheDatasetIsRefusedItsHistory() {
        Dataset dataset = createDataset(unique("private"), "not for outsiders");
        User outsider = outsider();

        String error = history(outsider, dataset.datasetUri(), null).error();

        assertUnauthorized(error, outsider, "GET_DATASET", dataset.datasetUri());
        assertThat(historyPage(admin(), dataset.datasetUri(), null).get("count").asInt())
                .as("the admin group reads every history").isGreaterThanOrEqualTo(0);
    }

    @Test
    void aCallerWhoCannotReadTheOrganizationIsRefusedItsHistory() {
        User outsider = outsider();

        assertUnauthorized(history(outsider, shared.organizationUri(), null).error(), outsider, "GET_ORGANIZATION",
                shared.organizationUri());
        assertUnauthorized(history(outsider, shared.environmentUri(), null).error(), outsider, "GET_ENVIRONMENT",
                shared.environmentUri());
    }

    @Test
    void badPagingAndInstantsAreRefusedNamingTheField() {
        Dataset dataset = createDataset(unique("bad-input"), "for refusals");

        assertThat(history(owner, dataset.datasetUri(), map("page", 0)).error())
                .contains("InvalidInput").contains("page must be 1 or more");
        assertThat(history(owner, dataset.datasetUri(), map("pageSize", 5000)).error())
                .contains("InvalidInput").contains("pageSize must be between 1 and 1000");
        assertThat(history(owner, dataset.datasetUri(), map("pageSize", 0)).error()).contains("pageSize");
        assertThat(history(owner, dataset.datasetUri(), map("from", "yesterday")).error())
                .contains("InvalidInput").contains("from must be an ISO-8601 instant");
        assertThat(history(owner, dataset.datasetUri(), map("to", "2026-13-45")).error())
                .contains("InvalidInput").contains("to must be an ISO-8601 instant");
        assertThat(history(owner, dataset.datasetUri(), map("from", "2026-02-01T00:00:00Z",
                "to", "2026-01-01T00:00:00Z")).error()).contains("InvalidInput").contains("to must not be before from");
        assertThat(history(owner, " ", null).error()).contains("resourceUri");
    }

    @Test
    void anUnknownResourceIsNotFound() {
        String uri = unique("nothing");

        assertThat(history(admin(), uri, null).error()).contains("ObjectNotFound").contains(uri);
        assertThat(history(owner, uri, null).error()).contains("ObjectNotFound").contains(uri);
    }

    @Test
    void aDeletedDatasetsHistoryStaysReadableByTheAdminGroup() {
        Dataset dataset = createDataset(unique("to-delete"), "soon gone");
        owner.graphql(DELETE_DATASET, "uri", dataset.datasetUri()).data("deleteDataset");
        User admin = admin();

        JsonNode page = awaitHistory(admin, dataset.datasetUri(), history -> hasAction(history, "DatasetDeleted"));

        assertThat(actions(page)).startsWith("DatasetDeleted").contains("DatasetCreated");
        assertThat(first(page, "DatasetDeleted").get("actor").asText()).isEqualTo(owner.username);
        assertUnauthorized(history(owner, dataset.datasetUri(), null).error(), owner, "GET_DATASET",
                dataset.datasetUri());
    }
}
