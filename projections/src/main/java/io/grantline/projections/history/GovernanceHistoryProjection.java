package io.grantline.projections.history;

import static io.grantline.projections.jooq.Tables.GOVERNANCE_EVENT;
import static io.grantline.projections.jooq.Tables.GOVERNANCE_FIELD_STATE;
import static io.grantline.projections.jooq.Tables.GOVERNANCE_RELATION;
import static io.grantline.projections.jooq.Tables.GOVERNANCE_TOUCHED;
import static io.grantline.projections.support.Timestamps.utc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.grantline.api.MetaDataKeys;
import io.grantline.projections.history.TouchedResources.Relation;
import io.grantline.projections.history.TouchedResources.Touch;
import io.grantline.projections.jooq.tables.records.GovernanceEventRecord;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.stereotype.Component;

/**
 * The governance history: every event of the event store, one row each (keyed on the event's identifier, so a
 * redelivered event writes nothing twice), with the resources it touched and the before/after of what it changed;
 * each batch of events is written together (HistoryBatch).
 * Its own processor, one segment, fed by events alone: resetting it rebuilds the history from the event store.
 */
@Component
@ProcessingGroup(GovernanceHistoryProjection.PROCESSING_GROUP)
public class GovernanceHistoryProjection {

    public static final String PROCESSING_GROUP = "governance";

    private final DSLContext db;

    public GovernanceHistoryProjection(DSLContext db) {
        this.db = db;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> event, TrackingToken token) {
        HistoryBatch batch = HistoryBatch.current(db);
        String aggregateType = null;
        String aggregateId = null;
        Long sequence = null;
        if (event instanceof DomainEventMessage<?> domain) {
            aggregateType = domain.getType();
            aggregateId = domain.getAggregateIdentifier();
            sequence = domain.getSequenceNumber();
        }
        ObjectNode fields = EventFields.of(payload);
        Touch touch = TouchedResources.of(aggregateType, aggregateId, fields, batch::related);
        FieldDiff.Result diff = FieldDiff.of(batch.state(touch.subject()), fields, touch.ignoredFields());
        String actor = metaData(event, MetaDataKeys.ACTOR);
        String eventType = event.getPayloadType().getSimpleName();
        Resource primary = touch.primary();
        GovernanceEventRecord row = new GovernanceEventRecord();
        row.setEventId(event.getIdentifier());
        row.setGlobalPosition(token == null ? -1 : token.position().orElse(-1));
        row.setAggregateId(aggregateId);
        row.setAggregateType(aggregateType);
        row.setAggregateSequence(sequence);
        row.setEventType(eventType);
        row.setOccurredAt(utc(event.getTimestamp()));
        row.setActor(actor);
        row.setCorrelationId(metaData(event, MetaDataKeys.CORRELATION_ID));
        row.setCausationId(metaData(event, MetaDataKeys.CAUSATION_ID));
        row.setResourceUri(primary == null ? null : primary.uri());
        row.setResourceType(primary == null ? null : primary.type());
        row.setSummary(HistorySummary.of(actor, eventType, primary != null ? primary.uri() : aggregateId, fields));
        row.setChanges(json(diff.changes()));
        Map<String, Resource> learnt = new LinkedHashMap<>();
        for (Relation relation : touch.relations()) {
            learnt.put(relation.uri(), relation.related());
        }
        batch.record(row, touch.touched(), touch.subject(), diff.state(), learnt);
    }

    @ResetHandler
    void reset() {
        db.truncate(GOVERNANCE_TOUCHED).execute();
        db.truncate(GOVERNANCE_EVENT).execute();
        db.truncate(GOVERNANCE_FIELD_STATE).execute();
        db.truncate(GOVERNANCE_RELATION).execute();
    }




    private static String metaData(EventMessage<?> event, String key) {
        Object value = event.getMetaData().get(key);
        return value == null ? null : value.toString();
    }

    private static JSONB json(Object value) {
        try {
            return JSONB.valueOf(EventFields.JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
