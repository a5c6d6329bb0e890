package io.grantline.graphql.webhook;

import static io.grantline.graphql.support.Inputs.required;
import static io.grantline.graphql.support.Inputs.string;
import static io.grantline.graphql.support.Inputs.strings;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import io.grantline.api.Actor;
import io.grantline.api.ResourceUris;
import io.grantline.api.error.ObjectNotFound;
import io.grantline.api.webhook.EventTypes;
import io.grantline.api.webhook.WebhookCommands.CreateWebhookSubscription;
import io.grantline.api.webhook.WebhookCommands.DeleteWebhookSubscription;
import io.grantline.api.webhook.WebhookCommands.RedriveWebhookDeadLetters;
import io.grantline.api.webhook.WebhookCommands.SendWebhookTest;
import io.grantline.api.webhook.WebhookCommands.UpdateWebhookSubscription;
import io.grantline.api.webhook.WebhookCommands.WebhookTestResult;
import io.grantline.api.webhook.WebhookQueries.FindWebhookSubscription;
import io.grantline.api.webhook.WebhookQueries.ListWebhookDeliveries;
import io.grantline.api.webhook.WebhookQueries.ListWebhookSubscriptions;
import io.grantline.api.webhook.WebhookQueries.WebhookDeliveryPage;
import io.grantline.api.webhook.WebhookQueries.WebhookDeliveryView;
import io.grantline.api.webhook.WebhookQueries.WebhookSubscriptionPage;
import io.grantline.api.webhook.WebhookQueries.WebhookSubscriptionView;
import io.grantline.graphql.security.Authorizer;
import io.grantline.graphql.security.CurrentActor;
import io.grantline.graphql.support.Commands;
import io.grantline.graphql.support.Queries;
import io.grantline.graphql.support.SearchResult;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Webhook subscriptions and their deliveries: administration, so every operation needs the admin group. */
@DgsComponent
public class WebhookDataFetcher {

    static final int DEFAULT_PAGE_SIZE = 20;
    static final int MAX_PAGE_SIZE = 1000;
    private static final String TYPE = "WebhookSubscription";

    private final CurrentActor currentActor;
    private final Authorizer authorizer;
    private final Commands commands;
    private final Queries queries;

    public WebhookDataFetcher(CurrentActor currentActor, Authorizer authorizer, Commands commands, Queries queries) {
        this.currentActor = currentActor;
        this.authorizer = authorizer;
        this.commands = commands;
        this.queries = queries;
    }

    public record CreatedWebhookSubscription(WebhookSubscriptionView subscription, String secret) {
    }

    @DgsMutation
    public CreatedWebhookSubscription createWebhookSubscription(@InputArgument Map<String, Object> input) {
        Actor actor = admin("createWebhookSubscription");
        String subscriptionUri = ResourceUris.next();
        String secret = commands.send(new CreateWebhookSubscription(subscriptionUri, string(input, "url"),
                strings(input, "eventTypes"), string(input, "resourceUri"), string(input, "description"), actor),
                subscriptionUri, actor);
        return new CreatedWebhookSubscription(find(subscriptionUri), secret);
    }

    @DgsMutation
    public WebhookSubscriptionView updateWebhookSubscription(@InputArgument String subscriptionUri,
                                                             @InputArgument Map<String, Object> input) {
        Actor actor = admin("updateWebhookSubscription");
        existing("updateWebhookSubscription", subscriptionUri);
        commands.send(new UpdateWebhookSubscription(subscriptionUri, string(input, "url"),
                strings(input, "eventTypes"), string(input, "resourceUri"), string(input, "description"), actor),
                subscriptionUri, actor);
        return find(subscriptionUri);
    }

    @DgsMutation
    public Boolean deleteWebhookSubscription(@InputArgument String subscriptionUri) {
        Actor actor = admin("deleteWebhookSubscription");
        existing("deleteWebhookSubscription", subscriptionUri);
        commands.send(new DeleteWebhookSubscription(subscriptionUri, actor), subscriptionUri, actor);
        return true;
    }

    @DgsQuery
    public SearchResult<WebhookSubscriptionView> listWebhookSubscriptions(
            @InputArgument Map<String, Object> filter) {
        admin("listWebhookSubscriptions");
        WebhookSubscriptionPage result = queries.ask(new ListWebhookSubscriptions(page(filter), pageSize(filter)),
                WebhookSubscriptionPage.class);
        return SearchResult.of(result.page(), Function.identity());
    }

    @DgsQuery
    public List<String> webhookEventTypes() {
        admin("webhookEventTypes");
        return List.copyOf(EventTypes.known());
    }

    @DgsQuery
    public WebhookSubscriptionView getWebhookSubscription(@InputArgument String subscriptionUri) {
        admin("getWebhookSubscription");
        return existing("getWebhookSubscription", subscriptionUri);
    }

    @DgsMutation
    public WebhookTestResult testWebhookSubscription(@InputArgument String subscriptionUri) {
        Actor actor = admin("testWebhookSubscription");
        WebhookSubscriptionView subscription = existing("testWebhookSubscription", subscriptionUri);
        return commands.sendWithoutWaiting(new SendWebhookTest(subscriptionUri, subscription.url(), actor), actor);
    }

    @DgsQuery
    public SearchResult<WebhookDeliveryView> listWebhookDeliveries(@InputArgument String subscriptionUri,
                                                                   @InputArgument Map<String, Object> filter) {
        return deliveries("listWebhookDeliveries", subscriptionUri, filter, false);
    }

    @DgsQuery
    public SearchResult<WebhookDeliveryView> listWebhookDeadLetters(@InputArgument String subscriptionUri,
                                                                    @InputArgument Map<String, Object> filter) {
        return deliveries("listWebhookDeadLetters", subscriptionUri, filter, true);
    }

    @DgsMutation
    public Integer redriveWebhookDeadLetters(@InputArgument String subscriptionUri,
                                             @InputArgument List<String> deliveryIds) {
        Actor actor = admin("redriveWebhookDeadLetters");
        existing("redriveWebhookDeadLetters", subscriptionUri);
        List<String> ids = deliveryIds == null ? List.of() : deliveryIds.stream().filter(id -> id != null).toList();
        return commands.sendWithoutWaiting(new RedriveWebhookDeadLetters(subscriptionUri, ids, actor), actor);
    }

    private SearchResult<WebhookDeliveryView> deliveries(String operation, String subscriptionUri,
                                                         Map<String, Object> filter, boolean deadLettersOnly) {
        admin(operation);
        existing(operation, subscriptionUri);
        WebhookDeliveryPage result = queries.ask(new ListWebhookDeliveries(subscriptionUri, deadLettersOnly,
                page(filter), pageSize(filter)), WebhookDeliveryPage.class);
        return SearchResult.of(result.page(), Function.identity());
    }

    private Actor admin(String operation) {
        Actor actor = currentActor.get();
        authorizer.requireTenantAdmin(actor, operation);
        return actor;
    }

    private WebhookSubscriptionView existing(String operation, String subscriptionUri) {
        required(operation, "subscriptionUri", subscriptionUri);
        WebhookSubscriptionView subscription = find(subscriptionUri);
        if (subscription == null) {
            throw new ObjectNotFound(TYPE, subscriptionUri);
        }
        return subscription;
    }

    private WebhookSubscriptionView find(String subscriptionUri) {
        return queries.ask(new FindWebhookSubscription(subscriptionUri), WebhookSubscriptionView.class);
    }

    private static int page(Map<String, Object> filter) {
        return filter != null && filter.get("page") instanceof Number n && n.intValue() > 0 ? n.intValue() : 1;
    }

    private static int pageSize(Map<String, Object> filter) {
        return filter != null && filter.get("pageSize") instanceof Number n && n.intValue() > 0
                ? Math.min(n.intValue(), MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE;
    }
}
