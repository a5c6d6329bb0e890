package io.grantline.app.replay;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The application's tracking processors: their tokens as stored, and pausing them. */
@Component
class LiveProcessors {

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    LiveProcessors(@Lazy EventProcessingConfiguration processing, JdbcTemplate jdbc,
                   @Qualifier("serializer") Serializer serializer) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    Optional<TrackingEventProcessor> find(String name) {
        return processing.eventProcessor(name, TrackingEventProcessor.class);
    }

    TrackingEventProcessor get(String name) {
        return find(name).orElseThrow(() -> new IllegalStateException("no tracking processor " + name));
    }

    /**
     * What the processor has committed, read from the token store without claiming a segment (fetchToken would
     * claim it and take it from the running processor).
     */
    Coverage coverage(String name) {
        Map<Integer, GapAwareTrackingToken> bySegment = new HashMap<>();
        jdbc.query("select segment, token, tokentype from tokenentry where processorname = ?", rs -> {
            bySegment.put(rs.getInt(1), gapAware(rs.getBytes(2), rs.getString(3)));
        }, name);
        int[] ids = bySegment.keySet().stream().mapToInt(Integer::intValue).toArray();
        Map<Segment, GapAwareTrackingToken> tokens = new HashMap<>();
        for (Segment segment : Segment.computeSegments(ids)) {
            tokens.put(segment, bySegment.get(segment.getSegmentId()));
        }
        return new Coverage(tokens, get(name).eventHandlerInvoker());
    }

    private GapAwareTrackingToken gapAware(byte[] bytes, String type) {
        if (bytes == null) {
            return null;
        }
        TrackingToken token = serializer.deserialize(
                new SimpleSerializedObject<>(bytes, byte[].class, new SimpleSerializedType(type, null)));
        // a processor in a replay has projected everything up to its current position
        TrackingToken current = WrappedToken.unwrapLowerBound(token);
        if (current == null) {
            return null;
        }
        if (current instanceof GapAwareTrackingToken gapAware) {
            return gapAware;
        }
        throw new IllegalStateException("expected a GapAwareTrackingToken of the JDBC event store, got " + current);
    }
}
