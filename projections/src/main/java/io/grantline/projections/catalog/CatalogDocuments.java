package io.grantline.projections.catalog;

import static io.grantline.projections.catalog.CatalogState.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Component;

/**
 * Renders catalog documents from the catalog state, with two queries for a whole batch of items. The fields are
 * data.all's (its indexers strip hyphens from tags and regions and keep classifications alphanumeric, because its
 * catalog page facets on analysed text); {@code facets} holds the same values as they are, for searchCatalog.
 * {@code _indexed} is when the document was rendered, as in data.all: its difference to the event's timestamp is the
 * catalog's lag.
 */
@Component
public class CatalogDocuments {

    private static final String ITEMS = """
            select i.uri, i.kind, i.dataset_uri, i.fields::text as fields, d.fields::text as dataset_fields,
                   e.name as environment_name, o.name as organization_name, coalesce(v.upvotes, 0) as upvotes,
                   i.created, i.updated,
                   (select count(*) from catalog_item c where c.dataset_uri = i.uri and c.kind = 'table') as tables,
                   (select count(*) from catalog_item c where c.dataset_uri = i.uri and c.kind = 'folder') as folders
            from catalog_item i
            left join catalog_item d on d.uri = i.dataset_uri
            left join catalog_environment e on e.environment_uri = d.fields ->> 'environmentUri'
            left join catalog_organization o on o.organization_uri = d.fields ->> 'organizationUri'
            left join catalog_vote v on v.target_uri = i.uri
            where i.uri = any(cast(? as varchar[]))""";

    private static final String APPROVED_TERMS = """
            select l.target_uri, t.path, t.label
            from catalog_term_link l
            join catalog_term t on t.term_uri = l.term_uri
            join catalog_link_approval a on a.link_uri = l.link_uri and a.approved
            where l.target_uri = any(cast(? as varchar[]))
            order by t.path""";

    private final DSLContext db;

    public CatalogDocuments(DSLContext db) {
        this.db = db;
    }

    /** The documents of those items that exist; an item missing from the answer has no document any more. */
    public Map<String, ObjectNode> render(Collection<String> uris, long generation) {
        String[] wanted = uris.toArray(String[]::new);
        Map<String, List<String[]>> terms = new HashMap<>();
        for (Record term : db.fetch(APPROVED_TERMS, (Object) wanted)) {
            terms.computeIfAbsent(term.get("target_uri", String.class), uri -> new ArrayList<>())
                    .add(new String[] {term.get("path", String.class), term.get("label", String.class)});
        }
        Map<String, ObjectNode> documents = new LinkedHashMap<>();
        String indexed = Instant.now().toString();
        for (Record item : db.fetch(ITEMS, (Object) wanted)) {
            String uri = item.get("uri", String.class);
            documents.put(uri, document(item, terms.getOrDefault(uri, List.of()), indexed, generation));
        }
        return documents;
    }

    private static ObjectNode document(Record item, List<String[]> terms, String indexed, long generation) {
        String kind = item.get("kind", String.class);
        JsonNode own = read(item.get("fields", String.class));
        JsonNode dataset = read(item.get("dataset_fields", String.class));
        ObjectNode doc = JSON.createObjectNode();
        doc.put("uri", item.get("uri", String.class));
        doc.put("resourceKind", kind);
        doc.put("name", own.path("name").asText(null));
        doc.put("label", own.path("label").asText(null));
        doc.put("description", own.path("description").asText(null));
        doc.put("owner", own.path("owner").asText(null));
        doc.put("admins", dataset.path("admins").asText(null));
        if (!"folder".equals(kind)) {
            doc.put("database", own.path("database").asText(dataset.path("database").asText(null)));
        }
        doc.put("source", dataset.path("source").asText(null));
        String classification = dataset.path("classification").asText("");
        doc.put("classification", classification.replaceAll("[^A-Za-z0-9]+", ""));
        ArrayNode tags = doc.putArray("tags");
        own.path("tags").forEach(tag -> tags.add(tag.asText().replace("-", "")));
        doc.set("topics", dataset.path("topics").deepCopy());
        String region = dataset.path("region").asText("");
        doc.put("region", region.replace("-", ""));
        if (!"dataset".equals(kind)) {
            doc.put("datasetUri", item.get("dataset_uri", String.class));
        }
        doc.put("environmentUri", dataset.path("environmentUri").asText(null));
        doc.put("environmentName", item.get("environment_name", String.class));
        doc.put("organizationUri", dataset.path("organizationUri").asText(null));
        doc.put("organizationName", item.get("organization_name", String.class));
        doc.put("created", text(item.get("created", OffsetDateTime.class)));
        doc.put("updated", text(item.get("updated", OffsetDateTime.class)));
        doc.putNull("deleted");
        ArrayNode glossary = doc.putArray("glossary");
        terms.forEach(term -> glossary.add(term[0]));
        doc.put("upvotes", item.get("upvotes", Integer.class));
        if ("dataset".equals(kind)) {
            doc.put("tables", item.get("tables", Integer.class));
            doc.put("folders", item.get("folders", Integer.class));
        }
        doc.put("_indexed", indexed);
        doc.put("generation", generation);
        ObjectNode facets = doc.putObject("facets");
        facets.put("kind", kind);
        facets.set("tags", own.path("tags").deepCopy());
        facets.set("topics", dataset.path("topics").deepCopy());
        ArrayNode termLabels = facets.putArray("terms");
        terms.forEach(term -> termLabels.add(term[1]));
        facets.put("termLabels", String.join(" ", terms.stream().map(term -> term[1]).toList()));
        facets.put("classification", classification);
        facets.put("region", region);
        facets.put("environment", dataset.path("environmentUri").asText(null));
        facets.put("ownerTeam", dataset.path("admins").asText(null));
        facets.set("stewards", dataset.path("stewards").deepCopy());
        return doc;
    }

    private static JsonNode read(String json) {
        try {
            return json == null ? JSON.createObjectNode() : JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(OffsetDateTime timestamp) {
        return timestamp == null ? null : timestamp.toInstant().toString();
    }
}
