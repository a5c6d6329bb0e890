package io.grantline.app.live;

import io.grantline.app.axon.ProjectionProgress;
import io.grantline.graphql.support.Queries;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The source of the subscriptions' pushes: a tracking processor "live" that starts at the head of the event store,
 * with its token in memory. A tracking processor reads only committed events, runs apart from the threads that
 * handle commands, and (its token being in memory, never claimed in the shared token table) every instance of the
 * application reads every event, wherever it was committed: each instance serves its own WebSocket clients.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LiveSettings.class)
public class LiveWiring {

    @Bean(destroyMethod = "close")
    LiveEventHub liveEventHub(ProjectionProgress progress, Queries queries, LiveSettings settings) {
        return new LiveEventHub(progress, queries, settings);
    }

    @Bean
    LiveEventRelay liveEventRelay(LiveEventHub hub) {
        return new LiveEventRelay(hub);
    }

    @Autowired
    void registerLiveProcessor(EventProcessingConfigurer processing) {
        processing.registerTokenStore(LiveEventRelay.PROCESSING_GROUP, configuration -> new InMemoryTokenStore());
        processing.registerTrackingEventProcessor(LiveEventRelay.PROCESSING_GROUP, Configuration::eventStore,
                configuration -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andInitialTrackingToken(StreamableMessageSource::createHeadToken));
    }
}
