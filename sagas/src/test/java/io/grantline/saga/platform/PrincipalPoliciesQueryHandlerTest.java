package io.grantline.saga.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grantline.api.environment.EnvironmentEvents.ConsumptionPrincipalAdded;
import io.grantline.api.environment.EnvironmentEvents.ConsumptionPrincipalRemoved;
import io.grantline.api.environment.EnvironmentEvents.ConsumptionPrincipalUpdated;
import io.grantline.api.environment.EnvironmentEvents.EnvironmentCreated;
import io.grantline.api.environment.EnvironmentEvents.EnvironmentDeleted;
import io.grantline.api.error.ObjectNotFound;
import io.grantline.api.platform.PlatformQueries.FindPrincipalPolicies;
import io.grantline.api.platform.PlatformQueries.PrincipalPolicyView;
import io.grantline.cloud.IamPrincipal;
import io.grantline.cloud.local.LocalCloud;
import io.grantline.cloud.local.LocalIam;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PrincipalPoliciesQueryHandlerTest {

    static final String ENVIRONMENT = "env1pp";
    static final String ACCOUNT = "111122223333";
    static final String REGION = "eu-west-1";
    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    static final IamPrincipal CONSUMER = new IamPrincipal(IamPrincipal.Type.ROLE, "analytics-consumer");
    static final String CONSUMER_ARN = "arn:aws:iam::" + ACCOUNT + ":role/analytics-consumer";
    static final String POLICY_0 = "dataall-env-env1pp-share-policy-analytics-consumer-0";
    static final String POLICY_1 = "dataall-env-env1pp-share-policy-analytics-consumer-1";

    final EmbeddedEventStore events = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    long sequence;
    LocalIam iam;
    PrincipalPoliciesQueryHandler handler;

    @BeforeEach
    void environment() {
        LocalCloud cloud = new LocalCloud(Duration.ZERO, () -> NOW);
        iam = new LocalIam(cloud.jdbc, cloud.accountAccess, Clock.systemUTC());
        handler = new PrincipalPoliciesQueryHandler(iam, events);
        record(created());
    }

    @AfterEach
    void close() {
        events.shutDown();
    }

    @Test
    void attachedSharePolicyIsAttached() {
        iam.createPrincipal(ACCOUNT, CONSUMER);
        iam.createPolicy(ACCOUNT, POLICY_0, "{}");
        iam.attach(ACCOUNT, CONSUMER, POLICY_0);

        assertThat(policiesOf("analytics-consumer", "ROLE"))
                .containsExactly(new PrincipalPolicyView(POLICY_0, "SharePolicy", true, "ATTACHED"));
    }

    @Test
    void sharePolicyTheRoleLacksIsNotAttached() {
        iam.createPrincipal(ACCOUNT, CONSUMER);
        iam.createPolicy(ACCOUNT, POLICY_0, "{}");

        assertThat(policiesOf("analytics-consumer", "ROLE"))
                .containsExactly(new PrincipalPolicyView(POLICY_0, "SharePolicy", true, "NOTATTACHED"));
    }

    @Test
    void everyNumberedSharePolicyIsListed() {
        iam.createPrincipal(ACCOUNT, CONSUMER);
        iam.createPolicy(ACCOUNT, POLICY_0, "{}");
        iam.createPolicy(ACCOUNT, POLICY_1, "{}");
        iam.attach(ACCOUNT, CONSUMER, POLICY_1);

        assertThat(policiesOf("analytics-consumer", "ROLE")).containsExactly(
                new PrincipalPolicyView(POLICY_0, "SharePolicy", true, "NOTATTACHED"),
                new PrincipalPolicyView(POLICY_1, "SharePolicy", true, "ATTACHED"));
    }

    @Test
    void principalWithoutSharePolicyShowsTheOneItWouldGet() {
        iam.createPrincipal(ACCOUNT, CONSUMER);

        assertThat(policiesOf("analytics-consumer", "ROLE"))
                .containsExactly(new PrincipalPolicyView(POLICY_0, "SharePolicy", false, "NOTATTACHED"));
    }

    @Test
    void unknownPrincipalsPoliciesAreNotApplicable() {
        assertThat(policiesOf("nobody", "ROLE")).containsExactly(new PrincipalPolicyView(
                "dataall-env-env1pp-share-policy-nobody-0", "SharePolicy", false, "NOTAPPLICABLE"));
    }

    @Test
    void userIsNotTheRoleOfTheSameName() {
        iam.createPrincipal(ACCOUNT, CONSUMER);
        iam.createPolicy(ACCOUNT, POLICY_0, "{}");
        iam.attach(ACCOUNT, CONSUMER, POLICY_0);

        assertThat(policiesOf("analytics-consumer", "USER"))
                .containsExactly(new PrincipalPolicyView(POLICY_0, "SharePolicy", true, "NOTAPPLICABLE"));
    }

    @Test
    void policiesOfAnExternallyManagedConsumptionRoleAreNotApplicable() {
        iam.createPrincipal(ACCOUNT, CONSUMER);
        iam.createPolicy(ACCOUNT, POLICY_0, "{}");
        iam.attach(ACCOUNT, CONSUMER, POLICY_0);
        record(new ConsumptionPrincipalAdded(ENVIRONMENT, "cp1", "Analytics", "Analysts", CONSUMER_ARN,
                "analytics-consumer", "ROLE", "EXTERNALLY_MANAGED", NOW));

        assertThat(policiesOf("analytics-consumer", "ROLE"))
                .containsExactly(new PrincipalPolicyView(POLICY_0, "SharePolicy", true, "NOTAPPLICABLE"));
    }

    @Test
    void consumptionRoleManagedByThePlatformAgainShowsItsAttachment() {
        iam.createPrincipal(ACCOUNT, CONSUMER);
        iam.createPolicy(ACCOUNT, POLICY_0, "{}");
        iam.attach(ACCOUNT, CONSUMER, POLICY_0);
        record(new ConsumptionPrincipalAdded(ENVIRONMENT, "cp1", "Analytics", "Analysts", CONSUMER_ARN,
                "analytics-consumer", "ROLE", "EXTERNALLY_MANAGED", NOW));
        record(new ConsumptionPrincipalUpdated(ENVIRONMENT, "cp1", "Analytics", "Analysts", "FULLY_MANAGED", NOW));

        assertThat(policiesOf("analytics-consumer", "ROLE"))
                .containsExactly(new PrincipalPolicyView(POLICY_0, "SharePolicy", true, "ATTACHED"));
    }

    @Test
    void removedConsumptionRoleIsNoLongerExternallyManaged() {
        iam.createPrincipal(ACCOUNT, CONSUMER);
        record(new ConsumptionPrincipalAdded(ENVIRONMENT, "cp1", "Analytics", "Analysts", CONSUMER_ARN,
                "analytics-consumer", "ROLE", "EXTERNALLY_MANAGED", NOW));
        record(new ConsumptionPrincipalRemoved(ENVIRONMENT, "cp1"));

        assertThat(policiesOf("analytics-consumer", "ROLE")).extracting(PrincipalPolicyView::attached)
                .containsExactly("NOTATTACHED");
    }

    @Test
    void deletedEnvironmentIsNotFound() {
        record(new EnvironmentDeleted(ENVIRONMENT, "org1", false, NOW));

        assertThatThrownBy(() -> policiesOf("analytics-consumer", "ROLE")).isInstanceOf(ObjectNotFound.class);
    }

    @Test
    void unknownEnvironmentIsNotFound() {
        assertThatThrownBy(() -> handler.handle(new FindPrincipalPolicies("nothing", "analytics-consumer", "ROLE")))
                .isInstanceOf(ObjectNotFound.class);
    }

    private List<PrincipalPolicyView> policiesOf(String name, String type) {
        return handler.handle(new FindPrincipalPolicies(ENVIRONMENT, name, type)).policies();
    }

    private void record(Object event) {
        events.publish(new GenericDomainEventMessage<>("Environment", ENVIRONMENT, sequence++, event));
    }

    private static EnvironmentCreated created() {
        return new EnvironmentCreated(ENVIRONMENT, "org1", "Sales", "sales", "Sales data", ACCOUNT, REGION,
                "Analysts", "alice", List.of(), "dataall", Map.of(), "dataall-analysts-env1pp",
                "arn:aws:iam::" + ACCOUNT + ":role/dataall-analysts-env1pp", false, "dataall-env1pp-default",
                "dataall-analysts-env1pp-wg", null, null, List.of(), "stk1pp", NOW, "dataall-env1pp-logs");
    }
}
