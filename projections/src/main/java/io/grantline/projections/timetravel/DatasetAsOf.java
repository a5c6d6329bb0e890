package io.grantline.projections.timetravel;

import io.grantline.api.dataset.DatasetEvents.DatasetCreated;
import io.grantline.api.dataset.DatasetEvents.DatasetDeleted;
import io.grantline.api.dataset.DatasetEvents.DatasetStorageLocationCreated;
import io.grantline.api.dataset.DatasetEvents.DatasetStorageLocationDeleted;
import io.grantline.api.dataset.DatasetEvents.DatasetStorageLocationUpdated;
import io.grantline.api.dataset.DatasetEvents.DatasetTableAdded;
import io.grantline.api.dataset.DatasetEvents.DatasetTableRemoved;
import io.grantline.api.dataset.DatasetEvents.DatasetTableUpdated;
import io.grantline.api.dataset.DatasetEvents.DatasetUpdated;
import io.grantline.api.timetravel.DatasetAsOfView;
import io.grantline.api.timetravel.DatasetAsOfView.DatasetPartAsOf;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The fold of a dataset's events: what the dataset, its teams, tables and folders were after them. Events it does
 * not need (stack, crawler, profiling runs) only count towards the version.
 */
public final class DatasetAsOf extends EventFold {

    /** The payload types the fold reads; the others need not be deserialized. */
    public static final Set<String> FOLDED = Set.of(DatasetCreated.class.getName(), DatasetUpdated.class.getName(),
            DatasetDeleted.class.getName(), DatasetTableAdded.class.getName(), DatasetTableUpdated.class.getName(),
            DatasetTableRemoved.class.getName(), DatasetStorageLocationCreated.class.getName(),
            DatasetStorageLocationUpdated.class.getName(), DatasetStorageLocationDeleted.class.getName());

    private DatasetCreated created;
    private String label;
    private String description;
    private String stewards;
    private Instant stewardsSince;
    private List<String> tags = List.of();
    private List<String> topics = List.of();
    private String confidentiality;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant deletedAt;
    private final Map<String, Part> tables = new LinkedHashMap<>();
    private final Map<String, Part> folders = new LinkedHashMap<>();

    /** A table or folder as the fold keeps it. */
    public static final class Part {
        final String uri;
        final String name;
        String label;
        final String s3Prefix;
        final Instant added;
        Instant deletedAt;

        Part(String uri, String name, String label, String s3Prefix, Instant added) {
            this.uri = uri;
            this.name = name;
            this.label = label;
            this.s3Prefix = s3Prefix;
            this.added = added;
        }

        public Instant added() {
            return added;
        }

        public boolean deleted() {
            return deletedAt != null;
        }

        DatasetPartAsOf view() {
            return new DatasetPartAsOf(uri, name, label, s3Prefix, added, deletedAt != null, deletedAt);
        }
    }

    public static DatasetAsOf of(List<StoredEvent> events) {
        DatasetAsOf fold = new DatasetAsOf();
        events.forEach(fold::apply);
        return fold;
    }

    @Override
    void apply(Object payload, Instant time) {
        if (payload instanceof DatasetCreated event) {
            created = event;
            label = event.label();
            description = event.description();
            stewards = event.stewards();
            stewardsSince = time;
            tags = orEmpty(event.tags());
            topics = orEmpty(event.topics());
            confidentiality = event.confidentiality();
            createdAt = time;
            updatedAt = time;
        } else if (payload instanceof DatasetUpdated event) {
            label = event.label();
            description = event.description();
            if (!Objects.equals(stewards, event.stewards())) {
                stewards = event.stewards();
                stewardsSince = time;
            }
            tags = orEmpty(event.tags());
            topics = orEmpty(event.topics());
            confidentiality = event.confidentiality();
            updatedAt = time;
        } else if (payload instanceof DatasetDeleted) {
            deletedAt = time;
        } else if (payload instanceof DatasetTableAdded event) {
            tables.put(event.tableUri(), new Part(event.tableUri(), event.name(), event.label(), event.s3Prefix(),
                    time));
        } else if (payload instanceof DatasetTableUpdated event) {
            part(tables, event.tableUri()).label = event.label();
        } else if (payload instanceof DatasetTableRemoved event) {
            part(tables, event.tableUri()).deletedAt = time;
        } else if (payload instanceof DatasetStorageLocationCreated event) {
            folders.put(event.locationUri(), new Part(event.locationUri(), event.name(), event.label(),
                    event.s3Prefix(), time));
        } else if (payload instanceof DatasetStorageLocationUpdated event) {
            part(folders, event.locationUri()).label = event.label();
        } else if (payload instanceof DatasetStorageLocationDeleted event) {
            part(folders, event.locationUri()).deletedAt = time;
        }
    }

    /** An event about a part the fold never saw added still leaves a trace rather than failing the whole answer. */
    private static Part part(Map<String, Part> parts, String uri) {
        return parts.computeIfAbsent(uri, missing -> new Part(missing, null, null, null, null));
    }

    public boolean existed() {
        return created != null;
    }

    public boolean deleted() {
        return deletedAt != null;
    }

    public String datasetUri() {
        return created.datasetUri();
    }

    public String ownerTeam() {
        return created.samlAdminGroupName();
    }

    public String environmentAdminTeam() {
        return created.environmentAdminGroup();
    }

    public String stewards() {
        return stewards;
    }

    public Instant stewardsSince() {
        return stewardsSince;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Part table(String uri) {
        return tables.get(uri);
    }

    public Part folder(String uri) {
        return folders.get(uri);
    }

    public DatasetAsOfView view(Instant asOf) {
        return new DatasetAsOfView(created.datasetUri(), label, created.name(), description, tags, topics,
                created.owner(), created.samlAdminGroupName(), created.environmentAdminGroup(), stewards,
                created.environmentUri(), created.organizationUri(), created.awsAccountId(), created.region(),
                confidentiality, created.resources() == null ? null : created.resources().s3BucketName(),
                created.resources() == null ? null : created.resources().glueDatabaseName(),
                tables.values().stream().map(Part::view).toList(), folders.values().stream().map(Part::view).toList(),
                createdAt, updatedAt, deletedAt != null, deletedAt, asOf, version());
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
