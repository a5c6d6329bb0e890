package io.grantline.projections.timetravel;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Reads Axon's event store (domainevententry) as it stood at an instant: the events of the named aggregates, in
 * event store order, keeping only those whose time is at or before the instant. The time column is parsed, never
 * compared as text, since the text's precision varies. Payloads are deserialized with the event serializer, and
 * only those of the types the caller folds.
 */
@Component
public class EventStoreAsOf {

    private static final Table<Record> EVENTS = table(name("domainevententry"));
    private static final Field<Long> POSITION = field(name("globalindex"), Long.class);
    private static final Field<String> AGGREGATE = field(name("aggregateidentifier"), String.class);
    private static final Field<Long> SEQUENCE = field(name("sequencenumber"), Long.class);
    private static final Field<String> TIMESTAMP = field(name("timestamp"), String.class);
    private static final Field<String> PAYLOAD_TYPE = field(name("payloadtype"), String.class);
    private static final Field<String> PAYLOAD_REVISION = field(name("payloadrevision"), String.class);
    private static final Field<byte[]> PAYLOAD = field(name("payload"), byte[].class);

    private final DSLContext db;
    private final Serializer serializer;

    public EventStoreAsOf(DSLContext db, @Qualifier("eventSerializer") Serializer serializer) {
        this.db = db;
        this.serializer = serializer;
    }

    /** The events of the aggregates up to the instant, in event store order. */
    public List<StoredEvent> eventsOf(Collection<String> aggregateIds, Instant at, Predicate<String> folded) {
        if (aggregateIds.isEmpty()) {
            return List.of();
        }
        return db.select(POSITION, AGGREGATE, TIMESTAMP, PAYLOAD_TYPE, PAYLOAD_REVISION, PAYLOAD)
                .from(EVENTS)
                .where(AGGREGATE.in(aggregateIds))
                .orderBy(POSITION)
                .fetch(row -> stored(row, folded))
                .stream().filter(event -> !event.timestamp().isAfter(at))
                .toList();
    }

    /** The payload type of the aggregate's first event, if it has any. */
    public Optional<String> firstEventType(String aggregateId) {
        return db.select(PAYLOAD_TYPE).from(EVENTS)
                .where(AGGREGATE.eq(aggregateId)).and(SEQUENCE.eq(0L))
                .fetchOptional(PAYLOAD_TYPE);
    }

    /** The events of the types stored after the position (at any time), in event store order. */
    public List<StoredEvent> after(long position, Collection<String> payloadTypes) {
        return db.select(POSITION, AGGREGATE, TIMESTAMP, PAYLOAD_TYPE, PAYLOAD_REVISION, PAYLOAD)
                .from(EVENTS)
                .where(POSITION.gt(position)).and(PAYLOAD_TYPE.in(payloadTypes))
                .orderBy(POSITION)
                .fetch(row -> stored(row, type -> true));
    }

    private StoredEvent stored(Record row, Predicate<String> folded) {
        String type = row.get(PAYLOAD_TYPE);
        Object payload = null;
        if (folded.test(type)) {
            SerializedObject<byte[]> serialized = new SimpleSerializedObject<>(row.get(PAYLOAD), byte[].class, type,
                    row.get(PAYLOAD_REVISION));
            payload = serializer.deserialize(serialized);
        }
        return new StoredEvent(row.get(POSITION), row.get(AGGREGATE),
                DateTimeUtils.parseInstant(row.get(TIMESTAMP)), type, payload);
    }
}
