package io.grantline.app.replay;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;

/**
 * Which events the live processor has projected: those whose segment's token covers them (an event belongs to the
 * segment the processor's sequencing policy puts it in).
 */
final class Coverage {

    private final Map<Segment, GapAwareTrackingToken> tokens;
    private final EventHandlerInvoker invoker;

    Coverage(Map<Segment, GapAwareTrackingToken> tokens, EventHandlerInvoker invoker) {
        // a segment that has not projected anything yet has no token
        this.tokens = new HashMap<>(tokens);
        this.invoker = invoker;
    }

    boolean covers(TrackedEventMessage<?> event) {
        long index = event.trackingToken().position().orElseThrow();
        for (Map.Entry<Segment, GapAwareTrackingToken> entry : tokens.entrySet()) {
            GapAwareTrackingToken token = entry.getValue();
            if (invoker.canHandle(event, entry.getKey())) {
                return token != null && index <= token.getIndex() && !token.getGaps().contains(index);
            }
        }
        return false;
    }

    /** The highest position any segment has reached: no event beyond it is covered. */
    long highestIndex() {
        return tokens.values().stream().filter(token -> token != null)
                .mapToLong(GapAwareTrackingToken::getIndex).max().orElse(-1);
    }

    /** The lowest position of the segments (the processor's overall position). */
    long lowestIndex() {
        return tokens.values().stream().mapToLong(token -> token == null ? -1 : token.getIndex()).min().orElse(-1);
    }
}
