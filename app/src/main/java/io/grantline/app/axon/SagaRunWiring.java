package io.grantline.app.axon;

import io.grantline.saga.sagarun.SagaRunRetryPolicy;
import io.grantline.saga.support.SagaRunJournal;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Saga runs: the journal the sagas report to, the retry policy (own tracking processor "saga-run-retries", see
 * application.yml, so a read-model reset never starts cloud work again), and the metadata that tells a run started
 * by a retry which run it retries, carried from the retry's command to the event that starts the saga.
 */
@Configuration(proxyBeanMethods = false)
public class SagaRunWiring {

    @Bean
    SagaRunJournal sagaRunJournal(CommandGateway commands) {
        return new SagaRunJournal(commands);
    }

    @Bean
    SagaRunRetryPolicy sagaRunRetryPolicy(CommandGateway commands) {
        return new SagaRunRetryPolicy(commands);
    }

    @Bean
    CorrelationDataProvider sagaRunRetryCorrelation() {
        return new SimpleCorrelationDataProvider(SagaRunJournal.RETRY_OF, SagaRunJournal.RETRY_KIND);
    }
}
