package io.grantline.api.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import io.grantline.api.share.ShareEvents.ShareObjectApproved;
import io.grantline.api.webhook.WebhookEvents.WebhookSubscriptionCreated;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventTypesTest {

    @Test
    void anEventTypeIsNamedForItsContextAndName() {
        assertThat(EventTypes.of(ShareObjectApproved.class)).isEqualTo("io.grantline.share.ShareObjectApproved");
        assertThat(EventTypes.of(WebhookSubscriptionCreated.class))
                .isEqualTo("io.grantline.webhook.WebhookSubscriptionCreated");
    }

    @Test
    void theKnownTypesAreTheEventRecordsOfEveryContext() {
        assertThat(EventTypes.known()).contains("io.grantline.share.ShareObjectApproved",
                "io.grantline.dataset.DatasetCreated", "io.grantline.organization.OrganizationCreated");
        assertThat(EventTypes.isKnown("io.grantline.share.ShareObjectTeleported")).isFalse();
    }

    @Test
    void aStarMatchesEveryType() {
        assertThat(EventTypes.matches(List.of("*"), "io.grantline.share.ShareObjectApproved")).isTrue();
        assertThat(EventTypes.matches(List.of("io.grantline.dataset.DatasetCreated"),
                "io.grantline.share.ShareObjectApproved")).isFalse();
    }
}
