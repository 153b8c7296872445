package org.offeringcompliance.notification.webhook;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.EmptyWebhookSecretException;
import com.standardwebhooks.exceptions.WebhookSigningException;

/**
 * Standard Webhooks signing: a secret is "whsec_" + base64 of random bytes; a signature is "v1," + base64
 * HMAC-SHA256 of "id.timestamp.body" keyed with the secret's decoded bytes (the Standard Webhooks library computes
 * it); during a rotation the header carries several, space-separated.
 */
public final class Signatures {

    static final String PREFIX = "whsec_";
    static final int SECRET_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Signatures() {}

    public static String newSecret() {
        byte[] bytes = new byte[SECRET_BYTES];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getEncoder().encodeToString(bytes);
    }

    /** The webhook-signature header: one signature per secret, in the order given (the newest first). */
    public static String header(List<String> secrets, String id, long timestamp, String body) {
        return secrets.stream().map(secret -> sign(secret, id, timestamp, body)).collect(Collectors.joining(" "));
    }

    /** "v1," and the signature. */
    static String sign(String secret, String id, long timestamp, String body) {
        try {
            return new Webhook(secret).sign(id, timestamp, body);
        } catch (EmptyWebhookSecretException | WebhookSigningException e) {
            throw new IllegalStateException("secrets are made by newSecret and HmacSHA256 is in every JDK", e);
        }
    }
}
