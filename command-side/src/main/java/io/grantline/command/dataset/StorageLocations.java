package io.grantline.command.dataset;

import static io.grantline.command.dataset.DatasetInputs.DEFAULT_DESCRIPTION;
import static io.grantline.command.dataset.DatasetInputs.cleaned;
import static io.grantline.command.validation.Require.present;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.grantline.api.dataset.DatasetCommands.CreateDatasetStorageLocation;
import io.grantline.api.dataset.DatasetCommands.DeleteDatasetStorageLocation;
import io.grantline.api.dataset.DatasetCommands.RecordStorageLocationPrefix;
import io.grantline.api.dataset.DatasetCommands.UpdateDatasetStorageLocation;
import io.grantline.api.dataset.DatasetEvents.DatasetStorageLocationCreated;
import io.grantline.api.dataset.DatasetEvents.DatasetStorageLocationDeleted;
import io.grantline.api.dataset.DatasetEvents.DatasetStorageLocationPrefixRecorded;
import io.grantline.api.dataset.DatasetEvents.DatasetStorageLocationUpdated;
import io.grantline.api.error.ObjectNotFound;
import io.grantline.api.error.ResourceAlreadyExists;
import io.grantline.command.organization.Slugs;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/** The dataset's folders (data.all's storage locations): prefixes of its bucket, each at most once. */
class StorageLocations {

    private record Location(String label, String prefix, String description, List<String> tags,
                            List<String> terms) {
    }

    private final DatasetFacts facts;
    private final Map<String, Location> locations = new LinkedHashMap<>();

    StorageLocations(DatasetFacts facts) {
        this.facts = facts;
    }

    @CommandHandler
    public void handle(CreateDatasetStorageLocation command) {
        facts.requireLive();
        String action = "createDatasetStorageLocation";
        String locationUri = present(action, "locationUri", command.locationUri());
        String label = present(action, "label", command.label());
        String prefix = prefixOf(action, command.prefix());
        if (locations.values().stream().anyMatch(location -> location.prefix().equals(prefix))) {
            throw new ResourceAlreadyExists(action, "Folder: " + prefix + " already exist on dataset "
                    + facts.datasetUri());
        }
        if (locations.containsKey(locationUri)) {
            throw new ResourceAlreadyExists(action, "Folder " + locationUri + " already exists");
        }
        apply(new DatasetStorageLocationCreated(facts.datasetUri(), locationUri, label, Slugs.of(label), prefix,
                command.description() == null ? DEFAULT_DESCRIPTION : command.description(),
                cleaned(command.tags()), cleaned(command.terms()), facts.owner(), Instant.now()));
    }

    /** Null fields stay as they are. */
    @CommandHandler
    public void handle(UpdateDatasetStorageLocation command) {
        facts.requireLive();
        String action = "updateDatasetStorageLocation";
        Location location = locationOf(action, command.locationUri());
        apply(new DatasetStorageLocationUpdated(facts.datasetUri(), command.locationUri().trim(),
                command.label() == null ? location.label() : present(action, "label", command.label()),
                command.description() == null ? location.description() : command.description(),
                command.tags() == null ? location.tags() : cleaned(command.tags()),
                command.terms() == null ? location.terms() : cleaned(command.terms()), Instant.now()));
    }

    /** The saga's report; one about a deleted dataset changes nothing. */
    @CommandHandler
    public void handle(RecordStorageLocationPrefix command) {
        if (facts.isDeleted()) {
            return;
        }
        locationOf("recordStorageLocationPrefix", command.locationUri());
        apply(new DatasetStorageLocationPrefixRecorded(facts.datasetUri(), command.locationUri().trim(),
                command.created(), command.error(), Instant.now()));
    }

    @CommandHandler
    public void handle(DeleteDatasetStorageLocation command) {
        facts.requireLive();
        Location location = locationOf("deleteDatasetStorageLocation", command.locationUri());
        apply(new DatasetStorageLocationDeleted(facts.datasetUri(), command.locationUri().trim(),
                location.prefix()));
    }

    @EventSourcingHandler
    void on(DatasetStorageLocationCreated event) {
        locations.put(event.locationUri(), new Location(event.label(), event.s3Prefix(), event.description(),
                event.tags(), event.terms()));
    }

    @EventSourcingHandler
    void on(DatasetStorageLocationUpdated event) {
        locations.computeIfPresent(event.locationUri(), (uri, location) -> new Location(event.label(),
                location.prefix(), event.description(), event.tags(), event.terms()));
    }

    @EventSourcingHandler
    void on(DatasetStorageLocationDeleted event) {
        locations.remove(event.locationUri());
    }

    private Location locationOf(String action, String uri) {
        String locationUri = present(action, "locationUri", uri);
        Location location = locations.get(locationUri);
        if (location == null) {
            throw new ObjectNotFound("Folder", locationUri);
        }
        return location;
    }

    /** A path inside the bucket; a trailing slash is the folder's own and is dropped. */
    private static String prefixOf(String action, String value) {
        String prefix = present(action, "prefix", value);
        if (prefix.startsWith("/")) {
            throw DatasetInputs.invalid(action, "prefix", prefix, "a path inside the bucket, without a leading /");
        }
        return prefix.replaceAll("/+$", "");
    }
}
