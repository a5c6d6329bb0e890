package io.grantline.integration.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    @Test
    void isTheHexHmacSha256OfTheBodyKeyedWithTheSecret() {
        // RFC 4231 test case 2
        assertThat(WebhookSignature.of("Jefe", "what do ya want for nothing?"))
                .isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void changesWithTheBody() {
        assertThat(WebhookSignature.of("secret", "{\"a\":1}")).isNotEqualTo(WebhookSignature.of("secret", "{\"a\":2}"));
    }
}
