package org.lettersofhope.commons.rest;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.HexFormat;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.quarkus.scheduler.Scheduled;

/**
 * Token buckets per budget and client address (bucket4j), kept in the service's PostgreSQL ({@code rate_limit_bucket})
 * so that every instance of the service takes from one budget: two replicas do not allow twice the limit. A bucket
 * holds {@code limit} tokens and refills them evenly over the period.
 * <p>
 * A bucket's key names its limit and period, so a changed setting starts fresh buckets instead of reading old ones
 * with another capacity. Rows of buckets that would be full again are deleted now and then. An IPv6 client is counted
 * by its /64 network, which one subscriber usually holds whole.
 */
@ApplicationScoped
public class RateLimiter {

    private static final Logger LOG = Logger.getLogger(RateLimiter.class);

    private RateLimitConfig config;
    private PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

    @Inject
    public RateLimiter(DataSource dataSource, RateLimitConfig config) {
        this.config = config;
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy
                        .basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                .build();
    }

    /**
     * Takes one token of the client's budget.
     *
     * @return 0 when taken, otherwise how many nanoseconds until a token is there again
     */
    public long take(RateLimited.Budget budget, String clientAddress) {
        ConsumptionProbe probe = proxy(budget, clientAddress).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? 0 : Math.max(1, probe.getNanosToWaitForRefill());
    }

    /** The tokens left in the client's budget. */
    public long available(RateLimited.Budget budget, String clientAddress) {
        return proxy(budget, clientAddress).getAvailableTokens();
    }

    private BucketProxy proxy(RateLimited.Budget budget, String clientAddress) {
        int limit = config.limit(budget);
        Duration period = config.period();
        String key = budget.name().toLowerCase(java.util.Locale.ROOT) + ":" + limit + "/" + period.toSeconds() + "s:"
                + client(clientAddress);
        // No batching optimisation: bucket4j 8.14's batched commands fail with BucketNotFoundException (a 500) when
        // concurrent first requests of one client meet a bucket that does not exist yet; ConsumerCrashIT's burst of
        // sign-ups hit it. Each take is one SELECT … FOR UPDATE round trip of its own.
        return buckets.builder().build(key, () -> BucketConfiguration.builder()
                .addLimit(l -> l.capacity(limit).refillGreedy(limit, period)).build());
    }

    /** The address a client is counted by: an IPv4 address, or the /64 network of an IPv6 one. */
    static String client(String address) {
        if (address == null || address.isEmpty()) {
            return "unknown";
        }
        if (address.indexOf(':') < 0) {
            return address;
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress(); // a literal: no name lookup
            if (bytes.length == 16) {
                return HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
            }
        } catch (UnknownHostException | IllegalArgumentException e) {
            // not an address literal; counted as given
        }
        return address;
    }

    /** Deletes the rows of buckets that would be full again by now. */
    @Scheduled(every = "5m", delayed = "1m")
    void forgetFullBuckets() {
        int removed;
        do {
            removed = buckets.removeExpired(1000);
        } while (removed == 1000);
        LOG.debugf("forgot expired rate-limit buckets");
    }
}
