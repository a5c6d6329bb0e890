package io.grantline.saga.support;

import java.util.List;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.test.utils.RecordingCommandBus;

/**
 * A saga-run journal for saga fixtures, on its own recording bus: the reports of a run are kept apart from the
 * commands the saga sends its aggregates, which the fixtures check exactly.
 */
public final class RecordedRuns {

    private final RecordingCommandBus bus = new RecordingCommandBus();
    private final SagaRunJournal journal = new SagaRunJournal(DefaultCommandGateway.builder().commandBus(bus).build());

    public SagaRunJournal journal() {
        return journal;
    }

    /** The reports sent so far, in order. */
    public List<Object> reports() {
        return bus.getDispatchedCommands().stream().map(CommandMessage::getPayload).map(Object.class::cast).toList();
    }

    /** The reports of one type sent so far, in order. */
    public <T> List<T> reports(Class<T> type) {
        return reports().stream().filter(type::isInstance).map(type::cast).toList();
    }
}
