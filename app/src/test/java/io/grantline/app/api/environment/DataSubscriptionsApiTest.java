package io.grantline.app.api.environment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** enableDataSubscriptions and DisableDataSubscriptions. */
class DataSubscriptionsApiTest extends EnvironmentApiSupport {

    static final String ENABLE = """
            mutation($uri: String!, $input: EnableDataSubscriptionsInput) {
              enableDataSubscriptions(environmentUri: $uri, input: $input)
            }""";
    static final String DISABLE = """
            mutation($uri: String!) { DisableDataSubscriptions(environmentUri: $uri) }""";

    boolean subscriptionsEnabled() {
        return get(owner, environmentUri).data("getEnvironment.subscriptionsEnabled").asBoolean();
    }

    @Test
    void enablingSubscriptionsNamesTheTopicsAfterTheEnvironment() {
        assertThat(owner.graphql(ENABLE, "uri", environmentUri, "input", map()).data("enableDataSubscriptions")
                .asBoolean()).isTrue();

        GraphQl environment = get(owner, environmentUri);
        assertThat(environment.data("getEnvironment.subscriptionsEnabled").asBoolean()).isTrue();
        assertThat(environment.text("getEnvironment.subscriptionsProducersTopicName"))
                .isEqualTo("dataall-sales-data-producers-topic-" + environmentUri);
        assertThat(environment.text("getEnvironment.subscriptionsConsumersTopicName"))
                .isEqualTo("dataall-sales-data-consumers-topic-" + environmentUri);
    }

    @Test
    void aGivenProducersTopicIsImported() {
        String topic = "arn:aws:sns:" + REGION + ":" + account + ":producers";

        owner.graphql(ENABLE, "uri", environmentUri, "input", map("producersTopicArn", topic))
                .data("enableDataSubscriptions");

        GraphQl environment = get(owner, environmentUri);
        assertThat(environment.text("getEnvironment.subscriptionsProducersTopicName")).isEqualTo(topic);
        assertThat(environment.data("getEnvironment.subscriptionsProducersTopicImported").asBoolean()).isTrue();
    }

    @Test
    void anInvitedTeamCannotEnableSubscriptions() {
        User guest = invitedMember(unique("guests"), "CREATE_DATASET");

        assertUnauthorized(guest.graphql(ENABLE, "uri", environmentUri, "input", map()).error(), guest,
                "ENABLE_ENVIRONMENT_SUBSCRIPTIONS", environmentUri);
        assertThat(subscriptionsEnabled()).isFalse();
    }

    @Test
    void aProducersTopicArnThatIsNoSnsTopicIsRefusedNamingTheField() {
        String error = owner.graphql(ENABLE, "uri", environmentUri, "input",
                map("producersTopicArn", "arn:aws:sqs:" + REGION + ":" + account + ":queue")).error();

        assertThat(error).contains("InvalidInput").contains("producersTopicArn");
        assertThat(subscriptionsEnabled()).isFalse();
    }

    @Test
    void disablingSubscriptionsForgetsTheTopics() {
        owner.graphql(ENABLE, "uri", environmentUri, "input", map()).data("enableDataSubscriptions");

        assertThat(owner.graphql(DISABLE, "uri", environmentUri).data("DisableDataSubscriptions").asBoolean())
                .isTrue();

        GraphQl environment = get(owner, environmentUri);
        assertThat(environment.data("getEnvironment.subscriptionsEnabled").asBoolean()).isFalse();
        assertThat(environment.text("getEnvironment.subscriptionsProducersTopicName")).isNull();
    }

    @Test
    void outsiderCannotDisableSubscriptions() {
        owner.graphql(ENABLE, "uri", environmentUri, "input", map()).data("enableDataSubscriptions");
        User outsider = outsider();

        assertUnauthorized(outsider.graphql(DISABLE, "uri", environmentUri).error(), outsider,
                "ENABLE_ENVIRONMENT_SUBSCRIPTIONS", environmentUri);
        assertThat(subscriptionsEnabled()).isTrue();
    }

    @Test
    void disablingSubscriptionsWithABlankUriIsRefusedNamingTheField() {
        owner.graphql(ENABLE, "uri", environmentUri, "input", map()).data("enableDataSubscriptions");

        assertThat(owner.graphql(DISABLE, "uri", "").error()).contains("RequiredParameter")
                .contains("environmentUri is required");
        assertThat(subscriptionsEnabled()).isTrue();
    }
}
