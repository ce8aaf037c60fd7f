-- The token buckets of the rate limits on public endpoints (bucket4j, one row per budget and client address), kept in
-- the service's own database so that every instance of the service takes from the same budget.
-- Unlogged: a bucket is worth nothing after a crash (each client simply starts with a full budget again, and a
-- failover to a replica does the same), and a commit that touches only unlogged tables does not wait for the WAL to
-- reach the disk, so a rate-limited request costs no extra disk flush.
create unlogged table rate_limit_bucket (
    id         varchar(200) primary key,
    state      bytea,
    expires_at bigint
);

create index rate_limit_bucket_expires_at on rate_limit_bucket (expires_at);
