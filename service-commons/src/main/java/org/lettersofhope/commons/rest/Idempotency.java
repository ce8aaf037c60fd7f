package org.lettersofhope.commons.rest;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.lettersofhope.shared.problem.Problem;
import org.lettersofhope.shared.problem.ProblemTypes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The one implementation of the {@code Idempotency-Key} header for creating endpoints. A resource wraps its service
 * call:
 *
 * <pre>{@code
 * Idempotency.Outcome<LetterView> o = idempotency.once(key, "log-letter", request, LetterView.class,
 *         () -> letters.log(request));
 * return Idempotency.created(o, URI.create("/api/letters/" + o.result().id()));
 * }</pre>
 *
 * The key is claimed, the action runs and its answer is stored in one transaction (the action's service joins it),
 * so either the record and the stored answer both exist or neither does. A retry with the same key answers the
 * stored result; a concurrent retry waits for the first to commit and then answers its result. Keys are remembered
 * for 24 hours and scoped by operation and caller, so that nobody is ever answered with what another caller's request
 * made:
 * <ul>
 * <li>an authenticated caller (a token's subject, an API key) has keys of its own; the same key with a different
 * request is a 422;</li>
 * <li>anonymous callers cannot be told apart by who they are, so the request itself is their scope: the key together
 * with the SHA-256 of the request. Only a client that sends the same key and the very same request is answered the
 * stored result; a second client that happens to use the same key with another request makes its own record (no 422,
 * which would tell it that the key is in use). A client that sends the same key and an identical request learns
 * nothing it did not send, beyond the receipt of an identical earlier request.</li>
 * </ul>
 * Without a key the action simply runs.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    public static final String KEY_PATTERN = "^[\\x21-\\x7E]{1,100}$";
    /** How keys behave, said once for every operation's {@code Idempotency-Key} parameter. */
    public static final String HEADER_DESCRIPTION = "Optional, 1 to 100 printable ASCII characters (a random UUID is "
            + "a good choice). A retry with the same key within 24 hours answers the first result, with the header "
            + REPLAYED_HEADER + ": true, instead of creating a second record. Keys are scoped by operation and "
            + "caller, and a caller is never answered with what another caller's request made: a signed-in caller "
            + "or API key has keys of its own, and its same key with a different request is a 422; anonymous "
            + "callers are told apart by the request itself, so an anonymous retry is recognised only with the "
            + "same key and an identical body, and the same key with a different body is a new request.";

    static final Duration RETENTION = Duration.ofHours(24);
    private static final Pattern KEY = Pattern.compile(KEY_PATTERN);

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    SecurityIdentity identity;

    /** The answer to a creating request, and whether an earlier request with the same key made it. */
    public record Outcome<T>(T result, boolean replayed) {
    }

    @Transactional
    public <T> Outcome<T> once(String key, String operation, Object request, Class<T> resultType, Supplier<T> action) {
        if (key == null) {
            return new Outcome<>(action.get(), false);
        }
        if (!KEY.matcher(key).matches()) {
            throw ProblemException.invalidField(HEADER, "must be 1 to 100 printable ASCII characters without spaces");
        }
        byte[] hash = fingerprint(request);
        // Anonymous callers share no identity, so the request is part of their scope: another client's different
        // request with the same key can neither be answered this one's result nor learn that the key is taken.
        String scope = operation + ":" + (identity.isAnonymous() ? "anonymous:" + HexFormat.of().formatHex(hash)
                : identity.getPrincipal().getName());
        Instant now = Instant.now();
        // Waits for a concurrent transaction holding the same key, then claims nothing if that one committed.
        int claimed = claim(scope, key, hash, now);
        if (claimed == 0) {
            Object[] earlier = stored(scope, key);
            if (((Instant) earlier[2]).isBefore(now.minus(RETENTION))) {
                em.createNativeQuery("delete from idempotency_record where scope = ?1 and key = ?2")
                        .setParameter(1, scope).setParameter(2, key).executeUpdate();
                claim(scope, key, hash, now);
            } else {
                if (!Arrays.equals((byte[]) earlier[0], hash)) {
                    throw new ProblemException(new Problem(ProblemTypes.VALIDATION, "Idempotency-Key reused", 422,
                            "This Idempotency-Key was used with a different request: use a new key for a new request.",
                            null, List.of(new Problem.Violation(HEADER, "was already used with a different request"))));
                }
                return new Outcome<>(read((String) earlier[1], resultType), true);
            }
        }
        T result = action.get();
        em.createNativeQuery("update idempotency_record set response = ?3 where scope = ?1 and key = ?2")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, write(result)).executeUpdate();
        return new Outcome<>(result, false);
    }

    /** 201 with the location of what the first request created; a replay says so in a header. */
    public static Response created(Outcome<?> outcome, URI location) {
        return Response.created(location).entity(outcome.result())
                .header(REPLAYED_HEADER, outcome.replayed() ? "true" : null).build();
    }

    /**
     * {@link #once} for an action that creates a versioned record, answered as {@link #created}: the first answer
     * also carries the record's ETag (a replay does not, as the stored answer holds no version).
     */
    public <E, R> Response create(String key, String operation, Object request, Class<R> responseType,
            Supplier<E> action, Function<E, R> view, ToLongFunction<E> version, Function<R, URI> location) {
        List<E> made = new ArrayList<>(1);
        Outcome<R> outcome = once(key, operation, request, responseType, () -> {
            E record = action.get();
            made.add(record);
            return view.apply(record);
        });
        Response answer = created(outcome, location.apply(outcome.result()));
        if (!made.isEmpty()) {
            answer.getHeaders().add(HttpHeaders.ETAG, ETags.of(version.applyAsLong(made.get(0))));
        }
        return answer;
    }

    /** Keys older than the retention are forgotten. */
    @Scheduled(every = "1h", delayed = "5m")
    @Transactional
    void forgetOldKeys() {
        em.createNativeQuery("delete from idempotency_record where created_at < ?1")
                .setParameter(1, Instant.now().minus(RETENTION)).executeUpdate();
    }

    private int claim(String scope, String key, byte[] hash, Instant now) {
        return em.createNativeQuery("insert into idempotency_record (scope, key, request_hash, created_at) "
                + "values (?1, ?2, ?3, ?4) on conflict (scope, key) do nothing")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, hash).setParameter(4, now)
                .executeUpdate();
    }

    private Object[] stored(String scope, String key) {
        return (Object[]) em.createNativeQuery(
                "select request_hash, response, created_at from idempotency_record where scope = ?1 and key = ?2",
                Object[].class).setParameter(1, scope).setParameter(2, key).getSingleResult();
    }

    private byte[] fingerprint(Object request) {
        try {
            byte[] canonical = mapper.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
                    .writeValueAsBytes(request);
            return MessageDigest.getInstance("SHA-256").digest(canonical);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint the request", e);
        }
    }

    private String write(Object result) {
        try {
            return mapper.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store the answer", e);
        }
    }

    private <T> T read(String json, Class<T> type) {
        try {
            return mapper.readValue(json.getBytes(StandardCharsets.UTF_8), type);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read the stored answer", e);
        }
    }
}
