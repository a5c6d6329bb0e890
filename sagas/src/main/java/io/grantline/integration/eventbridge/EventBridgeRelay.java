package io.grantline.integration.eventbridge;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Every event to EventBridge, from the tracking processor "eventbridge": the events of one processor batch are
 * collected and put when the batch commits, so a failure fails the batch (its token is not advanced) and the
 * processor retries it. A side effect outside Grantline: never replayed.
 */
@ProcessingGroup(EventBridgeRelay.PROCESSING_GROUP)
@DisallowReplay
public class EventBridgeRelay {

    public static final String PROCESSING_GROUP = "eventbridge";

    private static final String BATCH = EventBridgeRelay.class.getName() + ".batch";

    private final EventBridgePublisher publisher;

    public EventBridgeRelay(EventBridgePublisher publisher) {
        this.publisher = publisher;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> event) {
        batchOf(CurrentUnitOfWork.get().root()).add(event);
    }

    private List<EventMessage<?>> batchOf(UnitOfWork<?> unitOfWork) {
        return unitOfWork.getOrComputeResource(BATCH, key -> {
            List<EventMessage<?>> batch = new ArrayList<>();
            unitOfWork.onPrepareCommit(committing -> publisher.publish(batch));
            return batch;
        });
    }
}
