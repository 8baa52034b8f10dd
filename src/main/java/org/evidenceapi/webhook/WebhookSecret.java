package org.evidenceapi.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Secrets and signatures as Standard Webhooks has them, so receivers can verify with its libraries: a secret is
 * {@code whsec_} + base64 of 24 to 64 random bytes, and a signature is {@code v1,} + base64 of the HMAC-SHA256, under
 * those bytes, of {@code id.timestamp.body}.
 */
final class WebhookSecret {
    static final String PREFIX = "whsec_";
    private static final int GENERATED_BYTES = 32;
    private static final int MIN_BYTES = 24;
    private static final int MAX_BYTES = 64;
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSecret() {
    }

    static String generate() {
        byte[] key = new byte[GENERATED_BYTES];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** Why {@code secret} is no usable secret, or empty when it is. */
    static Optional<String> refusal(String secret) {
        String format = "must be \"" + PREFIX + "\" followed by the base64 of " + MIN_BYTES + " to " + MAX_BYTES
                + " random bytes";
        if (!secret.startsWith(PREFIX)) {
            return Optional.of(format);
        }
        try {
            int length = key(secret).length;
            return length >= MIN_BYTES && length <= MAX_BYTES ? Optional.empty() : Optional.of(format);
        } catch (IllegalArgumentException e) {
            return Optional.of(format);
        }
    }

    static String signature(String secret, String id, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(secret), "HmacSHA256"));
            byte[] digest = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static byte[] key(String secret) {
        return Base64.getDecoder().decode(secret.substring(PREFIX.length()));
    }
}
