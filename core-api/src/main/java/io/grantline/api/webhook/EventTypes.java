package io.grantline.api.webhook;

import io.grantline.api.dataset.DatasetEvents;
import io.grantline.api.environment.EnvironmentEvents;
import io.grantline.api.feed.FeedEvents;
import io.grantline.api.glossary.GlossaryEvents;
import io.grantline.api.notification.NotificationEvents;
import io.grantline.api.organization.OrganizationEvents;
import io.grantline.api.sagarun.SagaRunEvents;
import io.grantline.api.share.ShareEvents;
import io.grantline.api.tenant.TenantEvents;
import io.grantline.api.vote.VoteEvents;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The public names of Grantline's events, as integrations see them: "io.grantline." + context + "." + event name,
 * e.g. io.grantline.share.ShareObjectApproved for io.grantline.api.share.ShareEvents.ShareObjectApproved.
 */
public final class EventTypes {

    /** Subscribes to every event type. */
    public static final String ALL = "*";

    private static final String API_PACKAGE = "io.grantline.api.";
    private static final String PREFIX = "io.grantline.";

    /** Every class holding event records: an event type is subscribable once its holder is listed here. */
    private static final List<Class<?>> EVENT_HOLDERS = List.of(
            OrganizationEvents.class, EnvironmentEvents.class, DatasetEvents.class, ShareEvents.class,
            GlossaryEvents.class, NotificationEvents.class, FeedEvents.class, TenantEvents.class, VoteEvents.class,
            SagaRunEvents.class, WebhookEvents.class);

    private static final Set<String> KNOWN = EVENT_HOLDERS.stream()
            .flatMap(holder -> Arrays.stream(holder.getDeclaredClasses()))
            .filter(Class::isRecord)
            .map(EventTypes::of)
            .collect(Collectors.toCollection(TreeSet::new));

    private EventTypes() {
    }

    /** The public type name of an event payload class. */
    public static String of(Class<?> payloadType) {
        String context = context(payloadType);
        return context.isEmpty() ? PREFIX + payloadType.getSimpleName()
                : PREFIX + context + "." + payloadType.getSimpleName();
    }

    /** The bounded context of an event payload class: the package below io.grantline.api ("" when none). */
    public static String context(Class<?> payloadType) {
        String packageName = payloadType.getPackageName();
        if (!packageName.startsWith(API_PACKAGE)) {
            return "";
        }
        String rest = packageName.substring(API_PACKAGE.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /** Every event type a subscription may name, sorted. */
    public static Set<String> known() {
        return KNOWN;
    }

    public static boolean isKnown(String type) {
        return KNOWN.contains(type);
    }

    /** Whether a subscription to the given types receives events of the given type. */
    public static boolean matches(List<String> subscribed, String type) {
        return subscribed.contains(ALL) || subscribed.contains(type);
    }

}
