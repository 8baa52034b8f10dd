package org.evidenceapi.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class WebhookSecretTest {

    /** The example of the Standard Webhooks specification, which its libraries verify. */
    @Test
    void signsAsStandardWebhooks() {
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", WebhookSecret.signature(
                "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330,
                "{\"test\": 2432232314}"));
    }

    @Test
    void generatedSecretsAreWhsecWith32RandomBytes() {
        String secret = WebhookSecret.generate();
        assertTrue(secret.startsWith("whsec_"), secret);
        assertEquals(32, Base64.getDecoder().decode(secret.substring(6)).length);
        assertEquals(Optional.empty(), WebhookSecret.refusal(secret));
        assertNotEquals(secret, WebhookSecret.generate());
    }

    @Test
    void givenSecretsMustHaveTheFormAndEnoughBytes() {
        String bytes24 = Base64.getEncoder().encodeToString(new byte[24]);
        String bytes23 = Base64.getEncoder().encodeToString(new byte[23]);
        String bytes65 = Base64.getEncoder().encodeToString(new byte[65]);
        assertEquals(Optional.empty(), WebhookSecret.refusal("whsec_" + bytes24));
        assertTrue(WebhookSecret.refusal("whsec_" + bytes23).isPresent());
        assertTrue(WebhookSecret.refusal("whsec_" + bytes65).isPresent());
        assertTrue(WebhookSecret.refusal(bytes24).isPresent());
        assertTrue(WebhookSecret.refusal("whsec_not base64!").isPresent());
    }
}
