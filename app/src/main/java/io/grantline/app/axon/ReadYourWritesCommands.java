package io.grantline.app.axon;

import io.grantline.api.Actor;
import io.grantline.api.MetaDataKeys;
import io.grantline.graphql.support.Commands;
import io.grantline.projections.support.ReadModel;
import java.time.Duration;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Sends the API's commands with the audit metadata (actor, a correlation id per call) and, for
 * read-your-writes, waits until the read model has projected the aggregate's newest event.
 */
@Component
public class ReadYourWritesCommands implements Commands {

    private static final Logger LOG = LoggerFactory.getLogger(ReadYourWritesCommands.class);

    private static final String CORRELATION_ATTRIBUTE = "grantline.correlationId";

    private final CommandGateway gateway;
    private final EventStore eventStore;
    private final ProjectionProgress progress;
    private final Duration timeout;

    public ReadYourWritesCommands(CommandGateway gateway, EventStore eventStore, ProjectionProgress progress,
                                  @Value("${grantline.api.read-your-writes-timeout}") Duration timeout) {
        this.gateway = gateway;
        this.eventStore = eventStore;
        this.progress = progress;
        this.timeout = timeout;
    }

    @Override
    public <R> R send(Object command, String aggregateId, Actor actor) {
        R result = sendWithoutWaiting(command, actor);
        awaitProjected(aggregateId);
        return result;
    }

    @Override
    public void awaitProjected(String aggregateId) {
        eventStore.lastSequenceNumberFor(aggregateId).ifPresent(sequence -> {
            if (!progress.awaitProjected(ReadModel.PROCESSING_GROUP, aggregateId, sequence, timeout)) {
                LOG.warn("Read model did not reach {}#{} within {}", aggregateId, sequence, timeout);
            }
        });
    }

    /** One correlation id per API call, shared by every command the call sends. */
    private static String correlationIdOfThisCall() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return UUID.randomUUID().toString();
        }
        Object id = request.getAttribute(CORRELATION_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (id == null) {
            id = UUID.randomUUID().toString();
            request.setAttribute(CORRELATION_ATTRIBUTE, id, RequestAttributes.SCOPE_REQUEST);
        }
        return id.toString();
    }

    @Override
    public <R> R sendWithoutWaiting(Object command, Actor actor) {
        MetaData metaData = MetaData.with(MetaDataKeys.ACTOR, actor.username())
                .and(MetaDataKeys.ACTOR_GROUPS, String.join(",", actor.groups()))
                .and(MetaDataKeys.CORRELATION_ID, correlationIdOfThisCall());
        return gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
    }
}
