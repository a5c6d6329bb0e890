package io.grantline.app.axon;

import io.grantline.saga.notification.NotifiedShares;
import io.grantline.saga.notification.ShareNotificationPolicy;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The share notification policy, in its own tracking processor ("notifications", see application.yml) so that
 * resetting the read model never notifies anyone again, and what it reads shares from (the event store).
 */
@Configuration(proxyBeanMethods = false)
public class NotificationWiring {

    @Bean
    NotifiedShares notifiedShares(EventStore eventStore) {
        return new NotifiedShares(eventStore);
    }

    @Bean
    ShareNotificationPolicy shareNotificationPolicy(NotifiedShares shares, CommandGateway commands) {
        return new ShareNotificationPolicy(shares, commands);
    }
}
