package io.grantline.saga.support;

import java.util.Arrays;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;

/** How a saga reports to an aggregate without waiting: a refusal is logged, since the saga has no caller to tell. */
public final class SagaReports {

    private SagaReports() {
    }

    /**
     * Sends {@code report}; if it is refused, logs {@code refusal} (an SLF4J pattern filled from {@code details})
     * with the refusal's cause.
     */
    public static void send(CommandGateway commands, Object report, Logger log, String refusal, Object... details) {
        commands.send(report).exceptionally(refused -> {
            Object[] detailsAndCause = Arrays.copyOf(details, details.length + 1);
            detailsAndCause[details.length] = refused;
            log.warn(refusal, detailsAndCause);
            return null;
        });
    }
}
