package io.grantline.app.axon;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.grantline.command.lookup.JdbcWebhookSecrets;
import io.grantline.command.lookup.WebhookSecrets;
import io.grantline.command.webhook.WebhookSubscription;
import io.grantline.command.webhook.WebhookSubscriptionCommandHandler;
import io.grantline.integration.CloudEventEnvelope;
import io.grantline.integration.webhook.WebhookAdministration;
import io.grantline.integration.webhook.WebhookDeliveryWorker;
import io.grantline.integration.webhook.WebhookOutbox;
import io.grantline.integration.webhook.WebhookOutboxWriter;
import io.grantline.integration.webhook.WebhookRoutes;
import io.grantline.integration.webhook.WebhookSecretReader;
import io.grantline.integration.webhook.WebhookSender;
import io.grantline.integration.webhook.WebhookSettings;
import java.time.Clock;
import java.time.Duration;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Webhook subscriptions (their secrets kept beside the events), the outbox writer in its own tracking processor
 * ("webhooks", never replayed) and the delivery worker, started and stopped with the application.
 */
@Configuration(proxyBeanMethods = false)
public class WebhookWiring {

    @Bean
    WebhookSecrets webhookSecrets(JdbcTemplate jdbc) {
        return new JdbcWebhookSecrets(jdbc);
    }

    @Bean
    WebhookSubscriptionCommandHandler webhookSubscriptionCommandHandler(
            @Qualifier("webhookSubscriptionRepository") Repository<WebhookSubscription> subscriptions,
            WebhookSecrets secrets) {
        return new WebhookSubscriptionCommandHandler(subscriptions, secrets);
    }

    @Bean
    WebhookSettings webhookSettings(@Value("${grantline.webhooks.poll-interval:PT1S}") Duration pollInterval,
                                    @Value("${grantline.webhooks.initial-backoff:PT10S}") Duration initialBackoff,
                                    @Value("${grantline.webhooks.max-backoff:PT1H}") Duration maxBackoff,
                                    @Value("${grantline.webhooks.max-attempts:10}") int maxAttempts,
                                    @Value("${grantline.webhooks.timeout:PT10S}") Duration timeout,
                                    @Value("${grantline.webhooks.batch-size:50}") int batchSize,
                                    @Value("${grantline.webhooks.threads:4}") int threads) {
        return new WebhookSettings(pollInterval, initialBackoff, maxBackoff, maxAttempts, timeout, batchSize,
                threads);
    }

    @Bean
    WebhookOutbox webhookOutbox(JdbcTemplate jdbc) {
        return new WebhookOutbox(jdbc);
    }

    @Bean
    WebhookOutboxWriter webhookOutboxWriter(JdbcTemplate jdbc, WebhookOutbox outbox, ObjectMapper json) {
        return new WebhookOutboxWriter(new WebhookRoutes(jdbc), outbox, new CloudEventEnvelope(json));
    }

    @Bean
    WebhookSender webhookSender(WebhookSettings settings) {
        return new WebhookSender(settings.timeout());
    }

    @Bean
    WebhookDeliveryWorker webhookDeliveryWorker(WebhookOutbox outbox, WebhookSender sender,
                                                WebhookSettings settings) {
        return new WebhookDeliveryWorker(outbox, sender, settings, Clock.systemUTC());
    }

    @Bean
    WebhookAdministration webhookAdministration(WebhookOutbox outbox, WebhookSender sender, JdbcTemplate jdbc,
                                                ObjectMapper json) {
        return new WebhookAdministration(outbox, sender, new WebhookSecretReader(jdbc), json, Clock.systemUTC());
    }
}
