package io.grantline.command.environment;

import static io.grantline.command.environment.EnvironmentSamples.ALICE;
import static io.grantline.command.environment.EnvironmentSamples.URI;
import static io.grantline.command.environment.EnvironmentSamples.created;
import static io.grantline.command.environment.EnvironmentSamples.deploymentRequested;
import static org.hamcrest.Matchers.containsString;

import io.grantline.api.environment.EnvironmentCommands.DisableDataSubscriptions;
import io.grantline.api.environment.EnvironmentCommands.EnableDataSubscriptions;
import io.grantline.api.environment.EnvironmentCommands.UpdateEnvironmentKeyValueTags;
import io.grantline.api.environment.EnvironmentEvents.DataSubscriptionsDisabled;
import io.grantline.api.environment.EnvironmentEvents.DataSubscriptionsEnabled;
import io.grantline.api.environment.EnvironmentEvents.EnvironmentKeyValueTagsUpdated;
import io.grantline.api.environment.KeyValueTag;
import io.grantline.api.error.InvalidInput;
import io.grantline.api.error.RequiredParameter;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Subscriptions and key-value tags: settings that the environment stack applies. */
class EnvironmentStackSettingsTest {

    AggregateTestFixture<Environment> fixture;

    @BeforeEach
    void setUp() {
        fixture = EnvironmentFixture.with(new InMemoryEnvironmentLinks());
    }

    @Test
    void enablingSubscriptionsNamesTheProducersAndConsumersTopicsAndRedeploys() {
        fixture.given(created())
                .when(new EnableDataSubscriptions(URI, null, ALICE))
                .expectEvents(new DataSubscriptionsEnabled(URI, "dataall-sales-data-producers-topic-envuri01", false,
                                "dataall-sales-data-consumers-topic-envuri01"),
                        deploymentRequested("data subscriptions enabled"));
    }

    @Test
    void aGivenProducersTopicArnIsImported() {
        String arn = "arn:aws:sns:eu-west-1:111122223333:producers";
        fixture.given(created())
                .when(new EnableDataSubscriptions(URI, arn, ALICE))
                .expectEvents(new DataSubscriptionsEnabled(URI, arn, true,
                                "dataall-sales-data-consumers-topic-envuri01"),
                        deploymentRequested("data subscriptions enabled"));
    }

    @Test
    void theProducersTopicArnMustBeAnSnsTopicArn() {
        fixture.given(created())
                .when(new EnableDataSubscriptions(URI, "arn:aws:sqs:eu-west-1:111122223333:queue", ALICE))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("producersTopicArn must be the ARN of an SNS topic"))
                .expectNoEvents();
    }

    @Test
    void disablingSubscriptionsRedeploys() {
        fixture.given(created())
                .when(new DisableDataSubscriptions(URI, ALICE))
                .expectEvents(new DataSubscriptionsDisabled(URI), deploymentRequested("data subscriptions disabled"));
    }

    @Test
    void keyValueTagsAreReplacedAndTheStackRedeployed() {
        List<KeyValueTag> tags = List.of(new KeyValueTag("costcenter", "42", true));
        fixture.given(created())
                .when(new UpdateEnvironmentKeyValueTags(URI, tags, ALICE))
                .expectEvents(new EnvironmentKeyValueTagsUpdated(URI, tags),
                        deploymentRequested("key-value tags updated"));
    }

    @Test
    void aKeyValueTagKeyAppearsOnce() {
        fixture.given(created())
                .when(new UpdateEnvironmentKeyValueTags(URI, List.of(new KeyValueTag("a", "1", false),
                        new KeyValueTag("a", "2", false)), ALICE))
                .expectException(InvalidInput.class)
                .expectExceptionMessage(containsString("the key a more than once"))
                .expectNoEvents();
    }

    @Test
    void aKeyValueTagNeedsAKey() {
        fixture.given(created())
                .when(new UpdateEnvironmentKeyValueTags(URI, List.of(new KeyValueTag(" ", "1", false)), ALICE))
                .expectException(RequiredParameter.class)
                .expectExceptionMessage(containsString("key is required"))
                .expectNoEvents();
    }
}
