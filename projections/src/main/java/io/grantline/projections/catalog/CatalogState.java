package io.grantline.projections.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.grantline.api.glossary.TermLinks;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * The catalog processor's own tables (V202612010600__catalog_state.sql): organizations and environments by name,
 * catalog items with their own document fields, term links, approvals, term paths and up-vote counts.
 */
@Component
public class CatalogState {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final String PENDING = CatalogState.class.getName() + ".pending";

    private final DSLContext db;

    public CatalogState(DSLContext db) {
        this.db = db;
    }

    void putOrganization(String organizationUri, String name) {
        write("insert into catalog_organization (organization_uri, name) values (?, ?) "
                + "on conflict (organization_uri) do update set name = excluded.name", organizationUri, name);
    }

    void putEnvironment(String environmentUri, String organizationUri, String name) {
        write("insert into catalog_environment (environment_uri, organization_uri, name) values (?, ?, ?) "
                        + "on conflict (environment_uri) do update set name = excluded.name",
                environmentUri, organizationUri, name);
    }

    void renameEnvironment(String environmentUri, String name) {
        write("update catalog_environment set name = ? where environment_uri = ?", name, environmentUri);
    }

    void putItem(String uri, String kind, String datasetUri, ObjectNode fields, Instant created) {
        write("insert into catalog_item (uri, kind, dataset_uri, fields, environment_uri, organization_uri, "
                        + "created, updated) values (?, ?, ?, cast(? as jsonb), ?, ?, cast(? as timestamptz), cast(? as timestamptz)) "
                        + "on conflict (uri) do update "
                        + "set fields = excluded.fields, updated = excluded.updated",
                uri, kind, datasetUri, fields.toString(), fields.path("environmentUri").asText(null),
                fields.path("organizationUri").asText(null), utc(created), utc(created));
    }

    /** Merges the changed fields into the item's own ones. */
    void changeItem(String uri, ObjectNode changes, Instant updated) {
        write("update catalog_item set fields = fields || cast(? as jsonb), updated = cast(? as timestamptz) "
                + "where uri = ?",
                changes.toString(), utc(updated), uri);
    }

    /** Removes the item, and with a dataset everything in it; answers the uris removed. */
    List<String> removeItem(String uri) {
        flush();
        List<String> removed = db.fetch("delete from catalog_item where uri = ? or dataset_uri = ? returning uri",
                uri, uri).getValues(0, String.class);
        write("delete from catalog_term_link where target_uri = any(cast(? as varchar[]))",
                (Object) removed.toArray(String[]::new));
        return removed;
    }

    /** The item and, for a dataset, its tables and folders: what inherits its fields. */
    List<String> itemAndChildren(String datasetUri) {
        flush();
        return db.fetch("select uri from catalog_item where uri = ? or dataset_uri = ?", datasetUri, datasetUri)
                .getValues(0, String.class);
    }

    List<String> itemsOfOrganization(String organizationUri) {
        flush();
        return db.fetch("select i.uri from catalog_item i join catalog_item d on d.uri = i.dataset_uri "
                + "where d.organization_uri = ?", organizationUri).getValues(0, String.class);
    }

    List<String> itemsOfEnvironment(String environmentUri) {
        flush();
        return db.fetch("select i.uri from catalog_item i join catalog_item d on d.uri = i.dataset_uri "
                + "where d.environment_uri = ?", environmentUri).getValues(0, String.class);
    }

    /** Makes the target's links exactly these terms. */
    void linkTerms(String targetUri, Collection<String> termUris) {
        List<String> terms = termUris == null ? List.of() : List.copyOf(termUris);
        write("delete from catalog_term_link where target_uri = ? and not (term_uri = any(cast(? as varchar[])))",
                targetUri, terms.toArray(String[]::new));
        for (String termUri : terms) {
            write("insert into catalog_term_link (target_uri, term_uri, link_uri) values (?, ?, ?) "
                    + "on conflict do nothing", targetUri, termUri, TermLinks.linkUri(targetUri, termUri));
        }
    }

    void approveLink(String linkUri, boolean approved) {
        write("insert into catalog_link_approval (link_uri, approved) values (?, ?) "
                + "on conflict (link_uri) do update set approved = excluded.approved", linkUri, approved);
    }

    void putTerm(String termUri, String glossaryUri, String label, String path) {
        write("insert into catalog_term (term_uri, glossary_uri, label, path) values (?, ?, ?, ?) "
                + "on conflict (term_uri) do update set label = excluded.label", termUri, glossaryUri, label, path);
    }

    void renameTerm(String termUri, String label) {
        write("update catalog_term set label = ? where term_uri = ?", label, termUri);
    }

    /** Removes the terms; answers the targets they were linked to. */
    List<String> removeTerms(Collection<String> termUris) {
        flush();
        String[] terms = termUris.toArray(String[]::new);
        List<String> targets = db.fetch("select distinct target_uri from catalog_term_link "
                + "where term_uri = any(cast(? as varchar[]))", (Object) terms).getValues(0, String.class);
        write("delete from catalog_term where term_uri = any(cast(? as varchar[]))", (Object) terms);
        return targets;
    }

    List<String> targetsOfTerm(String termUri) {
        flush();
        return db.fetch("select target_uri from catalog_term_link where term_uri = ?", termUri)
                .getValues(0, String.class);
    }

    void countVote(String targetUri, int change) {
        write("insert into catalog_vote (target_uri, upvotes) values (?, greatest(?, 0)) "
                + "on conflict (target_uri) do update set upvotes = greatest(catalog_vote.upvotes + ?, 0)",
                targetUri, change, change);
    }

    /**
     * Queues a write in the current batch: a replay's many small upserts then reach PostgreSQL in a few JDBC
     * batches instead of one round trip each. Reads flush the queue first, so they see every earlier write.
     */
    private void write(String sql, Object... binds) {
        if (!CurrentUnitOfWork.isStarted()) {
            flush(new ArrayList<>(List.of(new Write(sql, binds))));
            return;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        List<Write> pending = batch.getOrComputeResource(PENDING, key -> {
            List<Write> fresh = new ArrayList<>();
            batch.onPrepareCommit(unitOfWork -> flush(fresh));
            return fresh;
        });
        pending.add(new Write(sql, binds));
    }

    /** Sends the writes the current batch queued so far. */
    void flush() {
        if (CurrentUnitOfWork.isStarted()) {
            List<Write> pending = CurrentUnitOfWork.get().root().getResource(PENDING);
            if (pending != null) {
                flush(pending);
            }
        }
    }

    /** Runs the writes in order; consecutive writes of one statement go as one JDBC batch. */
    private void flush(List<Write> pending) {
        if (pending.isEmpty()) {
            return;
        }
        List<Write> writes = List.copyOf(pending);
        pending.clear();
        db.connection(connection -> {
            int next = 0;
            while (next < writes.size()) {
                String sql = writes.get(next).sql();
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    while (next < writes.size() && writes.get(next).sql().equals(sql)) {
                        Object[] binds = writes.get(next).binds();
                        for (int i = 0; i < binds.length; i++) {
                            statement.setObject(i + 1, binds[i] instanceof String[] values
                                    ? connection.createArrayOf("varchar", values) : binds[i]);
                        }
                        statement.addBatch();
                        next++;
                    }
                    statement.executeBatch();
                }
            }
        });
    }

    private record Write(String sql, Object[] binds) {
    }

    long generation() {
        return db.fetchOne("select generation from catalog_generation where id = 1").get(0, Long.class);
    }

    long nextGeneration() {
        return db.fetchOne("update catalog_generation set generation = generation + 1 where id = 1 "
                + "returning generation").get(0, Long.class);
    }

    /** Empties everything a rebuild refills; the generation stays. */
    void reset() {
        db.execute("truncate catalog_organization, catalog_environment, catalog_item, catalog_term_link, "
                + "catalog_link_approval, catalog_term, catalog_vote");
    }

    static java.time.OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
