package io.grantline.integration.eventbridge;

import static io.grantline.integration.eventbridge.EventBridgePublisherTest.submitted;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The relay in a real tracking processor (in-memory store and tokens): a processor batch is put in one call when it
 * commits, and a batch EventBridge did not fully accept is put again by the processor's retry. The events are all
 * stored before the processor starts, as new events to it (a token before the first event, not the replay token a
 * processor starts from on its own): the in-memory store appends one event at a time, so a processor already running
 * could take the first of them into a batch of its own.
 */
class EventBridgeRelayTest {

    final EventBridgeStub eventBridge = new EventBridgeStub();
    final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    final TrackingEventProcessor processor = TrackingEventProcessor.builder()
            .name(EventBridgeRelay.PROCESSING_GROUP)
            .eventHandlerInvoker(SimpleEventHandlerInvoker.builder()
                    .eventHandlers(new EventBridgeRelay(eventBridge.publisher)).build())
            .messageSource(store)
            .tokenStore(tokensFromTheFirstEvent())
            .transactionManager(NoTransactionManager.INSTANCE)
            .trackingEventProcessorConfiguration(TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                    .andBatchSize(EventBridgePublisher.MAX_ENTRIES_PER_CALL))
            .build();

    @AfterEach
    void stop() {
        processor.shutDown();
        store.shutDown();
        eventBridge.close();
    }

    @Test
    void eventsOfOneProcessorBatchArePutInOneCall() {
        eventBridge.accepts();
        store.publish(submitted("share-1", 0), submitted("share-2", 0), submitted("share-3", 0));

        processor.start();

        Awaitility.await("events put").atMost(Duration.ofSeconds(30)).until(() -> eventBridge.entries().size() == 3);
        assertThat(eventBridge.calls()).hasSize(1);
        assertThat(subjects(eventBridge.calls().get(0))).containsExactly("share-1", "share-2", "share-3");
    }

    @Test
    void batchWithARefusedEntryIsPutAgainUntilAccepted() {
        eventBridge.firstAnswers(EventBridgeStub.secondEntryFailed());
        store.publish(submitted("share-1", 0), submitted("share-2", 0));

        processor.start();

        Awaitility.await("the batch put again").atMost(Duration.ofSeconds(30))
                .until(() -> eventBridge.calls().size() >= 2);
        assertThat(subjects(eventBridge.calls().get(0))).containsExactly("share-1", "share-2");
        assertThat(subjects(eventBridge.calls().get(1))).containsExactly("share-1", "share-2");
    }

    private static InMemoryTokenStore tokensFromTheFirstEvent() {
        InMemoryTokenStore tokens = new InMemoryTokenStore();
        tokens.initializeTokenSegments(EventBridgeRelay.PROCESSING_GROUP, 1, new GlobalSequenceTrackingToken(-1));
        return tokens;
    }

    private static List<String> subjects(LoggedRequest call) {
        List<String> subjects = new ArrayList<>();
        for (JsonNode entry : EventBridgeStub.body(call).get("Entries")) {
            subjects.add(EventBridgeStub.detail(entry).get("subject").asText());
        }
        return subjects;
    }
}
