package io.grantline.projections.history;

import static io.grantline.projections.jooq.Tables.GOVERNANCE_EVENT;
import static io.grantline.projections.jooq.Tables.GOVERNANCE_FIELD_STATE;
import static io.grantline.projections.jooq.Tables.GOVERNANCE_RELATION;
import static io.grantline.projections.jooq.Tables.GOVERNANCE_TOUCHED;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.grantline.projections.jooq.tables.records.GovernanceEventRecord;
import io.grantline.projections.jooq.tables.records.GovernanceTouchedRecord;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;

/**
 * What one batch of events adds to the history, written in a few multi-row statements just before the batch's
 * transaction commits with the processor's token. Field states and relations the batch changed are read from here
 * first, so later events of the same batch compare with them. Event rows are keyed on the event's identifier: a row
 * already there is left alone, and so are the resources it touched.
 */
final class HistoryBatch {

    private static final String KEY = HistoryBatch.class.getName();
    private static final int ROWS_PER_STATEMENT = 500;

    private final DSLContext db;
    private final List<GovernanceEventRecord> events = new ArrayList<>();
    private final List<GovernanceTouchedRecord> touched = new ArrayList<>();
    private final Map<String, ObjectNode> states = new LinkedHashMap<>();
    private final Set<String> changedStates = new HashSet<>();
    private final Map<String, Resource> relations = new LinkedHashMap<>();

    private HistoryBatch(DSLContext db) {
        this.db = db;
    }

    static HistoryBatch current(DSLContext db) {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(KEY, key -> {
            HistoryBatch fresh = new HistoryBatch(db);
            batch.onPrepareCommit(unitOfWork -> fresh.write());
            return fresh;
        });
    }

    ObjectNode state(String subject) {
        if (states.containsKey(subject)) {
            return states.get(subject);
        }
        JSONB fields = db.select(GOVERNANCE_FIELD_STATE.FIELDS).from(GOVERNANCE_FIELD_STATE)
                .where(GOVERNANCE_FIELD_STATE.SUBJECT.eq(subject)).fetchOne(GOVERNANCE_FIELD_STATE.FIELDS);
        ObjectNode known = fields == null ? null : parse(subject, fields);
        states.put(subject, known);
        return known;
    }

    Resource related(String uri) {
        if (relations.containsKey(uri)) {
            return relations.get(uri);
        }
        return db.select(GOVERNANCE_RELATION.RELATED_URI, GOVERNANCE_RELATION.RELATED_TYPE).from(GOVERNANCE_RELATION)
                .where(GOVERNANCE_RELATION.URI.eq(uri))
                .fetchOptional(row -> new Resource(row.value1(), row.value2())).orElse(null);
    }

    void record(GovernanceEventRecord event, Set<Resource> resources, String subject, ObjectNode state,
                Map<String, Resource> learnt) {
        events.add(event);
        for (Resource resource : resources) {
            touched.add(new GovernanceTouchedRecord(resource.uri(), event.getEventId(), resource.type(),
                    event.getGlobalPosition()));
        }
        states.put(subject, state);
        changedStates.add(subject);
        relations.putAll(learnt);
    }

    private void write() {
        if (events.isEmpty()) {
            return;
        }
        Set<String> inserted = new HashSet<>();
        for (List<GovernanceEventRecord> chunk : chunks(events)) {
            inserted.addAll(db.insertInto(GOVERNANCE_EVENT, GOVERNANCE_EVENT.fields()).valuesOfRecords(chunk)
                    .onConflictDoNothing().returningResult(GOVERNANCE_EVENT.EVENT_ID).fetch()
                    .getValues(GOVERNANCE_EVENT.EVENT_ID));
        }
        List<GovernanceTouchedRecord> newlyTouched = touched.stream()
                .filter(row -> inserted.contains(row.getEventId())).toList();
        for (List<GovernanceTouchedRecord> chunk : chunks(newlyTouched)) {
            db.insertInto(GOVERNANCE_TOUCHED, GOVERNANCE_TOUCHED.fields()).valuesOfRecords(chunk)
                    .onConflictDoNothing().execute();
        }
        List<String> subjects = new ArrayList<>(changedStates);
        for (List<String> chunk : chunks(subjects)) {
            var insert = db.insertInto(GOVERNANCE_FIELD_STATE, GOVERNANCE_FIELD_STATE.SUBJECT,
                    GOVERNANCE_FIELD_STATE.FIELDS);
            for (String subject : chunk) {
                insert = insert.values(subject, JSONB.valueOf(states.get(subject).toString()));
            }
            insert.onConflict(GOVERNANCE_FIELD_STATE.SUBJECT).doUpdate()
                    .set(GOVERNANCE_FIELD_STATE.FIELDS, DSL.excluded(GOVERNANCE_FIELD_STATE.FIELDS)).execute();
        }
        List<Map.Entry<String, Resource>> learnt = new ArrayList<>(relations.entrySet());
        for (List<Map.Entry<String, Resource>> chunk : chunks(learnt)) {
            var insert = db.insertInto(GOVERNANCE_RELATION, GOVERNANCE_RELATION.URI, GOVERNANCE_RELATION.RELATED_URI,
                    GOVERNANCE_RELATION.RELATED_TYPE);
            for (Map.Entry<String, Resource> relation : chunk) {
                insert = insert.values(relation.getKey(), relation.getValue().uri(), relation.getValue().type());
            }
            insert.onConflict(GOVERNANCE_RELATION.URI).doUpdate()
                    .set(GOVERNANCE_RELATION.RELATED_URI, DSL.excluded(GOVERNANCE_RELATION.RELATED_URI))
                    .set(GOVERNANCE_RELATION.RELATED_TYPE, DSL.excluded(GOVERNANCE_RELATION.RELATED_TYPE)).execute();
        }
    }

    private static <T> List<List<T>> chunks(List<T> rows) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < rows.size(); i += ROWS_PER_STATEMENT) {
            chunks.add(rows.subList(i, Math.min(rows.size(), i + ROWS_PER_STATEMENT)));
        }
        return chunks;
    }

    private static ObjectNode parse(String subject, JSONB fields) {
        try {
            return (ObjectNode) EventFields.JSON.readTree(fields.data());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Corrupt field state of " + subject, e);
        }
    }
}
