package io.grantline.integration.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WebhookSettingsTest {

    private final WebhookSettings settings = new WebhookSettings(Duration.ofSeconds(1), Duration.ofSeconds(10),
            Duration.ofMinutes(1), 5, Duration.ofSeconds(10), 50, 4);

    @Test
    void theBackoffDoublesWithEveryFailedAttempt() {
        assertThat(settings.backoffAfter(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.backoffAfter(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(settings.backoffAfter(3)).isEqualTo(Duration.ofSeconds(40));
    }

    @Test
    void theBackoffStopsGrowingAtTheMaximum() {
        assertThat(settings.backoffAfter(4)).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.backoffAfter(1000)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void aClaimOutlastsASend() {
        assertThat(settings.claimLease()).isGreaterThan(settings.timeout());
    }

    @Test
    void atLeastOneAttemptIsRequired() {
        assertThatThrownBy(() -> new WebhookSettings(Duration.ofSeconds(1), Duration.ofSeconds(1),
                Duration.ofSeconds(1), 0, Duration.ofSeconds(1), 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
