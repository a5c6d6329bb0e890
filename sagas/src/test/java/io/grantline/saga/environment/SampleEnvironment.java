package io.grantline.saga.environment;

import io.grantline.api.environment.EnvironmentEvents.EnvironmentCreated;
import io.grantline.cdk.StackSynthesizer;
import io.grantline.api.environment.EnvironmentEvents.EnvironmentStackDeploymentRequested;
import io.grantline.api.environment.EnvironmentEvents.EnvironmentStackStatusChanged;
import io.grantline.api.environment.EnvironmentEvents.EnvironmentUpdated;
import io.grantline.api.environment.EnvironmentEvents.GroupInvitedToEnvironment;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;

/** The environment the saga tests deploy, and an event store holding its history. */
final class SampleEnvironment {

    static final String ENVIRONMENT = "env1saga";
    static final String ORGANIZATION = "org1saga";
    static final String ACCOUNT = "111122223333";
    static final String OTHER_ACCOUNT = "444455556666";
    static final String REGION = "eu-west-1";
    static final String STACK_URI = "stk1saga";
    static final String ADMINS = "DataAdmins";
    static final String BUCKET = "dataall-env1saga-default";
    static final String LOGS_BUCKET = "dataall-env1saga-default-access-logs";
    static final String ADMIN_ROLE = "dataall-sales-env1saga";
    static final String DEFAULT_WORKGROUP = "dataall-sales-env1saga-wg";
    static final Instant CREATED = Instant.parse("2026-11-28T10:00:00Z");

    /** One for every test: a synthesis takes seconds, and identical inputs reuse the template. */
    static final StackSynthesizer SYNTHESIZER = new StackSynthesizer();

    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine())
            .build();
    private long sequence;

    static EnvironmentCreated created() {
        return new EnvironmentCreated(ENVIRONMENT, ORGANIZATION, "Sales", "sales", "Sales data", ACCOUNT, REGION,
                ADMINS, "alice", List.of("sales"), "dataall", Map.of(), ADMIN_ROLE,
                "arn:aws:iam::" + ACCOUNT + ":role/" + ADMIN_ROLE, false, BUCKET, DEFAULT_WORKGROUP, null,
                null, List.of(), STACK_URI, CREATED, LOGS_BUCKET);
    }

    /** The environment handed over to another admin team, as the aggregate records a new SamlGroupName. */
    static EnvironmentUpdated handedOverTo(String adminGroup) {
        return new EnvironmentUpdated(ENVIRONMENT, "Sales", "Sales data", List.of("sales"), adminGroup, "dataall",
                Map.of(), null, null, List.of(), CREATED);
    }

    static GroupInvitedToEnvironment invited(String group) {
        String role = "dataall-" + group.toLowerCase() + "-env1saga";
        return new GroupInvitedToEnvironment(ENVIRONMENT, group, List.of("GET_ENVIRONMENT"), role,
                "arn:aws:iam::" + ACCOUNT + ":role/" + role, false, role + "-wg", "alice", CREATED);
    }

    static EnvironmentStackDeploymentRequested requested(String deploymentId) {
        return new EnvironmentStackDeploymentRequested(ENVIRONMENT, STACK_URI, deploymentId, "test", CREATED);
    }

    static EnvironmentStackStatusChanged statusChanged(String deploymentId, String status, String stackId) {
        return new EnvironmentStackStatusChanged(ENVIRONMENT, STACK_URI, deploymentId, status, stackId, Map.of(),
                null, CREATED);
    }

    EventStore store() {
        return store;
    }

    /** Appends events to the environment's history, as the aggregate would have, and returns them. */
    Object[] record(Object... events) {
        for (Object event : events) {
            store.publish(new GenericDomainEventMessage<>("Environment", ENVIRONMENT, sequence++, event));
        }
        return events;
    }

    /** Appends one event to the environment's history and returns it, for a fixture's publishes(event). */
    Object recordOne(Object event) {
        record(event);
        return event;
    }

    void close() {
        store.shutDown();
    }
}
