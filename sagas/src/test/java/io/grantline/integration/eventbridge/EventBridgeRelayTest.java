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
 * commits, and a batch EventBridge did not fully accept is put again by the processor's retry. Events are stored
 * after the processor started: what was stored before its first start is a replay to it, which the relay skips.
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
            .tokenStore(new InMemoryTokenStore())
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
        started();

        store.publish(submitted("share-1", 0), submitted("share-2", 0), submitted("share-3", 0));

        Awaitility.await("events put").atMost(Duration.ofSeconds(30)).until(() -> eventBridge.entries().size() == 3);
        assertThat(eventBridge.calls()).hasSize(1);
        assertThat(subjects(eventBridge.calls().get(0))).containsExactly("share-1", "share-2", "share-3");
    }

    @Test
    void batchWithARefusedEntryIsPutAgainUntilAccepted() {
        eventBridge.firstAnswers(EventBridgeStub.secondEntryFailed());
        started();

        store.publish(submitted("share-1", 0), submitted("share-2", 0));

        Awaitility.await("the batch put again").atMost(Duration.ofSeconds(30))
                .until(() -> eventBridge.calls().size() >= 2);
        assertThat(subjects(eventBridge.calls().get(0))).containsExactly("share-1", "share-2");
        assertThat(subjects(eventBridge.calls().get(1))).containsExactly("share-1", "share-2");
    }

    /** Started, with its token in place: later events are new to it. */
    private void started() {
        processor.start();
        Awaitility.await("processor tracking").atMost(Duration.ofSeconds(30)).until(() ->
                processor.processingStatus().values().stream().anyMatch(status -> status.isCaughtUp()
                        && !status.isReplaying()));
    }

    private static List<String> subjects(LoggedRequest call) {
        List<String> subjects = new ArrayList<>();
        for (JsonNode entry : EventBridgeStub.body(call).get("Entries")) {
            subjects.add(EventBridgeStub.detail(entry).get("subject").asText());
        }
        return subjects;
    }
}
