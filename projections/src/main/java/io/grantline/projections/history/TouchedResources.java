package io.grantline.projections.history;

import static io.grantline.api.history.ResourceTypes.DATASET;
import static io.grantline.api.history.ResourceTypes.ENVIRONMENT;
import static io.grantline.api.history.ResourceTypes.FOLDER;
import static io.grantline.api.history.ResourceTypes.ORGANIZATION;
import static io.grantline.api.history.ResourceTypes.SHARE;
import static io.grantline.api.history.ResourceTypes.TABLE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which resources an event touched, by the aggregate it belongs to: an organization's events touch it; an
 * environment's touch it and its organization; a dataset's touch the dataset, and the table or folder they name; a
 * share's touch the share, its dataset and the tables, folders (or the dataset, for a bucket) of the items they
 * name. Also says which subject the event's fields describe, for before/after, and what to remember for later
 * events that name a share, share item or environment alone.
 */
public final class TouchedResources {

    /** Fields that name a part of an aggregate, most specific first: the subject of the event's fields. */
    static final List<String> PART_FIELDS = List.of("columnUri", "filterUri", "attachedDataFilterUri",
            "profilingRunUri", "crawlerRunId", "consumptionPrincipalUri", "vpcUri", "groupUri", "shareItemUri",
            "tableUri", "locationUri");
    private static final Map<String, String> ITEM_TYPES = Map.of("Table", TABLE, "StorageLocation", FOLDER,
            "S3Bucket", DATASET);

    private TouchedResources() {
    }

    /** A relation learnt from an event: uri is related to the resource. */
    public record Relation(String uri, Resource related) {
    }

    /**
     * primary is the most specific resource the event is about (null for none of the six kinds); subject keys the
     * state the event's fields are compared with; ignoredFields name the subject rather than describe it.
     */
    public record Touch(Resource primary, Set<Resource> touched, String subject, Set<String> ignoredFields,
                        List<Relation> relations) {
    }

    public static Touch of(String aggregateType, String aggregateId, ObjectNode fields, Relations known) {
        Set<Resource> touched = new LinkedHashSet<>();
        List<Relation> relations = new ArrayList<>();
        Resource primary = null;
        if (aggregateType != null && aggregateId != null) {
            switch (aggregateType) {
                case "Organization" -> primary = add(touched, aggregateId, ORGANIZATION);
                case "Environment" -> primary = environment(aggregateId, fields, known, touched, relations);
                case "Dataset" -> primary = dataset(aggregateId, fields, touched);
                case "ShareObject" -> primary = share(aggregateId, fields, known, touched, relations);
                default -> {
                    // glossaries, votes, feeds, notifications, tenant teams: in the history, touching none of the six
                }
            }
        }
        Set<String> ignored = new LinkedHashSet<>();
        String subject = aggregateId == null ? "" : aggregateId;
        fields.fields().forEachRemaining(field -> {
            if (field.getValue().isTextual() && field.getValue().asText().equals(aggregateId)) {
                ignored.add(field.getKey());
            }
        });
        for (String part : PART_FIELDS) {
            String value = text(fields, part);
            if (value != null) {
                subject = subject + "/" + value;
                ignored.add(part);
                break;
            }
        }
        return new Touch(primary, touched, subject, ignored, relations);
    }

    private static Resource environment(String environmentUri, ObjectNode fields, Relations known,
                                        Set<Resource> touched, List<Relation> relations) {
        Resource environment = add(touched, environmentUri, ENVIRONMENT);
        String organizationUri = text(fields, "organizationUri");
        if (organizationUri != null) {
            relations.add(new Relation(environmentUri, new Resource(organizationUri, ORGANIZATION)));
            add(touched, organizationUri, ORGANIZATION);
        } else {
            Resource organization = known.of(environmentUri);
            if (organization != null) {
                touched.add(organization);
            }
        }
        return environment;
    }

    private static Resource dataset(String datasetUri, ObjectNode fields, Set<Resource> touched) {
        Resource primary = add(touched, datasetUri, DATASET);
        String tableUri = text(fields, "tableUri");
        if (tableUri != null) {
            primary = add(touched, tableUri, TABLE);
        }
        String locationUri = text(fields, "locationUri");
        if (locationUri != null) {
            primary = add(touched, locationUri, FOLDER);
        }
        return primary;
    }

    private static Resource share(String shareUri, ObjectNode fields, Relations known, Set<Resource> touched,
                                  List<Relation> relations) {
        Resource share = add(touched, shareUri, SHARE);
        String datasetUri = fields.has("dataset") ? text(fields.get("dataset"), "datasetUri")
                : text(fields, "datasetUri");
        if (datasetUri != null) {
            relations.add(new Relation(shareUri, new Resource(datasetUri, DATASET)));
            add(touched, datasetUri, DATASET);
        } else {
            Resource dataset = known.of(shareUri);
            if (dataset != null) {
                touched.add(dataset);
            }
        }
        String shareItemUri = text(fields, "shareItemUri");
        JsonNode item = fields.get("item");
        if (shareItemUri != null && item != null && item.isObject()) {
            String type = ITEM_TYPES.get(text(item, "itemType"));
            String itemUri = text(item, "itemUri");
            if (type != null && itemUri != null) {
                Resource target = new Resource(itemUri, type);
                relations.add(new Relation(shareItemUri, target));
                touched.add(target);
            }
        }
        for (String named : shareItemsNamed(fields)) {
            Resource target = known.of(named);
            if (target != null) {
                touched.add(target);
            }
        }
        return share;
    }

    private static Set<String> shareItemsNamed(ObjectNode fields) {
        Set<String> named = new LinkedHashSet<>();
        String single = text(fields, "shareItemUri");
        if (single != null) {
            named.add(single);
        }
        JsonNode statuses = fields.get("itemStatuses");
        if (statuses != null && statuses.isObject()) {
            statuses.fieldNames().forEachRemaining(named::add);
        }
        for (String list : List.of("shareItemUris", "itemsToCleanUp")) {
            JsonNode uris = fields.get(list);
            if (uris != null && uris.isArray()) {
                uris.forEach(uri -> named.add(uri.asText()));
            }
        }
        return named;
    }

    private static Resource add(Set<Resource> touched, String uri, String type) {
        Resource resource = new Resource(uri, type);
        touched.add(resource);
        return resource;
    }

    private static String text(JsonNode fields, String name) {
        JsonNode value = fields == null ? null : fields.get(name);
        return value == null || !value.isTextual() || value.asText().isBlank() ? null : value.asText();
    }
}
