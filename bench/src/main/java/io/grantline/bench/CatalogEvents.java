package io.grantline.bench;

import io.grantline.api.dataset.DatasetEvents.DatasetCreated;
import io.grantline.api.dataset.DatasetEvents.DatasetTableAdded;
import io.grantline.api.dataset.DatasetResources;
import io.grantline.api.environment.EnvironmentEvents.EnvironmentCreated;
import io.grantline.api.organization.OrganizationEvents.OrganizationCreated;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;

/**
 * The facts of a large catalog, as the aggregates record them: datasets with their tables, spread over topics,
 * tags, classifications and teams so that facets have something to count. Recorded straight into the event store,
 * because loading 100,000 items through the API would measure dataset creation, not the catalog.
 */
final class CatalogEvents {

    static final String RARE_WORD = "seldom";
    static final List<String> TOPICS = List.of("Finances", "Sales", "Marketing", "HR", "Operations", "Legal");
    static final List<String> CLASSIFICATIONS = List.of("Unclassified", "Official", "Secret");
    static final List<String> REGIONS = List.of("eu-west-1", "us-east-1", "ap-southeast-2");

    private CatalogEvents() {
    }

    static List<DomainEventMessage<?>> world(String organizationUri, String environmentUri) {
        Instant now = Instant.now();
        return List.of(
                new GenericDomainEventMessage<>("Organization", organizationUri, 0, new OrganizationCreated(
                        organizationUri, "Bench", "bench", "", List.of(), "bench-team-0", "bench", now)),
                new GenericDomainEventMessage<>("Environment", environmentUri, 0, new EnvironmentCreated(
                        environmentUri, organizationUri, "Bench lake", "bench-lake", "", "111122223333", "eu-west-1",
                        "bench-team-0", "bench", List.of(), "dataall", Map.of(), "role",
                        "arn:aws:iam::111122223333:role/role", false, "bucket", "workgroup", null, null, List.of(),
                        "stack-" + environmentUri, now, "logs")));
    }

    /** A dataset and its tables: 1 + tables catalog items. One dataset in a hundred carries the rare word. */
    static List<DomainEventMessage<?>> dataset(String datasetUri, int number, int tables, String organizationUri,
                                               String environmentUri) {
        String label = (number % 100 == 0 ? RARE_WORD + " " : "") + "dataset " + number;
        Instant now = Instant.now();
        List<DomainEventMessage<?>> events = new ArrayList<>();
        events.add(new GenericDomainEventMessage<>("Dataset", datasetUri, 0, new DatasetCreated(datasetUri,
                organizationUri, environmentUri, "111122223333", REGIONS.get(number % REGIONS.size()), label,
                "dataset_" + number, "Orders and customers of shop " + number, "bench-team-" + number % 20,
                "bench-team-0", "bench", null, List.of("tag" + number % 50, "shop"),
                List.of(TOPICS.get(number % TOPICS.size())), CLASSIFICATIONS.get(number % CLASSIFICATIONS.size()),
                "English", false, null, List.of(), false, null, null, null, false,
                new DatasetResources("bucket-" + number, "alias", "db_" + number, "role", "arn", "crawler", "job",
                        false, false, false, false), "stack-" + datasetUri, now, "stack")));
        for (int table = 1; table <= tables; table++) {
            String name = "table_" + number + "_" + table;
            events.add(new GenericDomainEventMessage<>("Dataset", datasetUri, table, new DatasetTableAdded(
                    datasetUri, datasetUri + "t" + table, name, name, "db_" + number, name + "/", Map.of(),
                    List.of(), "bench", now)));
        }
        return events;
    }
}
