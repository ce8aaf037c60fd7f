-- Webhook subscriptions of partner chapters and the deliveries made to them (docs/webhooks.md).
-- Signing secrets and delivered envelopes are sealed (AES-256-GCM, LETTERS_WEBHOOKS_SEALING_KEY); the aggregate a
-- delivery belongs to is kept only as a keyed hash, enough to keep one aggregate's deliveries in order.
create table webhook_subscription (
    id                     uuid          primary key,
    -- the partner's chapter: the scope enforced when deliveries are made
    chapter_id             uuid          not null,
    target_url             varchar(2048) not null,
    event_types            text[]        not null,
    description            varchar(500),
    -- ACTIVE, PAUSED, DISABLED (deliveries kept failing), ENDED (the endpoint answered 410 Gone)
    status                 varchar(16)   not null,
    status_reason          varchar(300),
    secret_sealed          bytea         not null,
    previous_secret_sealed bytea,
    previous_secret_until  timestamptz,
    created_at             timestamptz   not null,
    updated_at             timestamptz   not null,
    version                bigint        not null default 0
);
create index webhook_subscription_chapter on webhook_subscription (chapter_id, created_at);

create table webhook_delivery (
    id              bigserial     primary key,
    subscription_id uuid          not null references webhook_subscription (id) on delete cascade,
    event_id        uuid          not null,
    event_type      varchar(200)  not null,
    aggregate_key   varchar(64)   not null,
    event_time      timestamptz   not null,
    -- keyed hashes of the ids the event names, so that an erasure finds what to forget without reading payloads
    mentions        text[]        not null,
    -- the sealed CloudEvent; removed after the payload retention, and at once for an erased volunteer
    payload         bytea,
    -- PENDING, DELIVERED, GIVEN_UP
    status          varchar(16)   not null,
    attempts        int           not null default 0,
    next_attempt_at timestamptz   not null,
    -- a sender holds the delivery until then; after a crash it is sent again once the lease has passed
    lease_until     timestamptz,
    last_status     int,
    last_error      varchar(200),
    last_latency_ms int,
    created_at      timestamptz   not null,
    completed_at    timestamptz
);
create index webhook_delivery_ready on webhook_delivery (next_attempt_at, id) where status = 'PENDING';
create index webhook_delivery_aggregate on webhook_delivery (subscription_id, aggregate_key, id)
    where status = 'PENDING';
create index webhook_delivery_log on webhook_delivery (subscription_id, id);
create index webhook_delivery_mentions on webhook_delivery using gin (mentions);
create index webhook_delivery_done on webhook_delivery (completed_at) where status <> 'PENDING';

create table webhook_attempt (
    delivery_id  bigint       not null references webhook_delivery (id) on delete cascade,
    attempt      int          not null,
    attempted_at timestamptz  not null,
    -- the HTTP status, or null when none came (refused, timed out, refused by the target guard)
    status       int,
    error        varchar(200),
    latency_ms   int          not null,
    primary key (delivery_id, attempt)
);
