package io.grantline.command.webhook;

import io.grantline.api.error.InvalidInput;
import io.grantline.api.error.RequiredParameter;
import io.grantline.api.webhook.EventTypes;
import io.grantline.command.validation.Require;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/** A subscription's settings, checked: an absolute http(s) url, known event types (or "*"). */
record WebhookSubscriptionInputs(String url, List<String> eventTypes, String resourceUri, String description) {

    static final int MAX_URL_LENGTH = 2048;
    static final int MAX_DESCRIPTION_LENGTH = 1024;

    static WebhookSubscriptionInputs of(String action, String url, List<String> eventTypes, String resourceUri,
                                        String description) {
        return new WebhookSubscriptionInputs(url(action, url), eventTypes(action, eventTypes),
                blankToNull(resourceUri), Require.maxLength(action, "description", blankToNull(description),
                MAX_DESCRIPTION_LENGTH));
    }

    private static String url(String action, String value) {
        String url = Require.maxLength(action, "url", Require.present(action, "url", value), MAX_URL_LENGTH);
        try {
            URI parsed = new URI(url);
            String scheme = parsed.getScheme() == null ? "" : parsed.getScheme().toLowerCase(Locale.ROOT);
            if (!parsed.isAbsolute() || !(scheme.equals("http") || scheme.equals("https"))
                    || parsed.getHost() == null) {
                throw new InvalidInput(action, "url", "must be an absolute http or https URL");
            }
            return url;
        } catch (URISyntaxException e) {
            throw new InvalidInput(action, "url", "is not a valid URL: " + e.getReason());
        }
    }

    private static List<String> eventTypes(String action, List<String> values) {
        if (values == null || values.isEmpty()) {
            throw new RequiredParameter(action, "eventTypes");
        }
        List<String> types = values.stream().map(value -> value == null ? "" : value.trim()).distinct().toList();
        for (String type : types) {
            if (!type.equals(EventTypes.ALL) && !EventTypes.isKnown(type)) {
                throw new InvalidInput(action, "eventTypes", "contains unknown event type '" + type
                        + "'; expected \"*\" or event types such as io.grantline.share.ShareObjectApproved");
            }
        }
        return types;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
