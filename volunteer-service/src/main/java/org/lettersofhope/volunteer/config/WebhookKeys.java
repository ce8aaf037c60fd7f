package org.lettersofhope.volunteer.config;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Startup;

/**
 * The key that seals webhook signing secrets and stored payloads, from configuration only. Production does not start
 * without it; a local run or a test without one gets a key made for the process (subscriptions made then cannot sign
 * after a restart) and says so.
 */
@Startup
@ApplicationScoped
public class WebhookKeys {

    private static final Logger LOG = Logger.getLogger(WebhookKeys.class);

    private final SecretKey sealing;
    private final SecretKey aggregates;

    @Inject
    public WebhookKeys(WebhookConfig config, @ConfigProperty(name = "quarkus.profile") String profile) {
        byte[] key;
        if (config.sealingKey().filter(k -> !k.isBlank()).isPresent()) {
            try {
                key = Base64.getDecoder().decode(config.sealingKey().get().strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("letters.webhooks.sealing-key (LETTERS_WEBHOOKS_SEALING_KEY) is not "
                        + "valid base64");
            }
            if (key.length != 32) {
                throw new IllegalStateException("letters.webhooks.sealing-key (LETTERS_WEBHOOKS_SEALING_KEY) must be "
                        + "32 bytes, base64 encoded; it is " + key.length + " bytes");
            }
        } else if (LaunchMode.current() == LaunchMode.NORMAL && "prod".equals(profile)) {
            throw new IllegalStateException("letters.webhooks.sealing-key is not set: give volunteer-service the "
                    + "environment variable LETTERS_WEBHOOKS_SEALING_KEY (base64 of 32 random bytes, e.g. "
                    + "`openssl rand -base64 32`). Webhook signing secrets cannot be protected without it.");
        } else {
            key = new byte[32];
            new SecureRandom().nextBytes(key);
            LOG.warn("no LETTERS_WEBHOOKS_SEALING_KEY: webhook secrets are sealed with a key made for this process");
        }
        sealing = new SecretKeySpec(key, "AES");
        aggregates = new SecretKeySpec(hmac(new SecretKeySpec(key, "HmacSHA256"), "webhook aggregate key"),
                "HmacSHA256");
    }

    public SecretKey sealing() {
        return sealing;
    }

    /** A keyed hash of an aggregate id: equal ids, equal keys; the id itself is not kept. */
    public String aggregateKey(String aggregateId) {
        return HexFormat.of().formatHex(hmac(aggregates, aggregateId));
    }

    private static byte[] hmac(SecretKey key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
