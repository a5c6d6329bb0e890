package io.grantline.graphql.support;

import io.grantline.api.Actor;

/**
 * Sends a command on behalf of the caller and returns once the read model shows its effect
 * (read-your-writes), so the mutation's answer and the caller's next query both include it.
 */
public interface Commands {

    /** Sends the command and waits until the read model has projected what it did to the aggregate. */
    <R> R send(Object command, String aggregateId, Actor actor);

    /**
     * Waits until the read model has projected the aggregate's newest event, for a command whose answer names the
     * aggregate it changed (an existing one it found rather than the one it was sent to); returns at once when the
     * read model already shows every event of the aggregate.
     */
    void awaitProjected(String aggregateId);

    /** Sends a command whose effect the caller does not read back at once. */
    <R> R sendWithoutWaiting(Object command, Actor actor);
}
