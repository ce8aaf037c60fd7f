-- The event backbone's tables, shared by every service through service-commons.
-- Versioned by date so that they interleave with each service's own migrations (db/migration) without collisions.

-- Transactional outbox: written in the same transaction as the state change it describes.
create table outbox_event (
    seq            bigserial    primary key,
    id             uuid         not null unique,
    aggregate_type varchar(64)  not null,
    aggregate_id   varchar(64)  not null,
    event_type     varchar(128) not null,
    topic          varchar(249) not null,
    envelope       text         not null,
    created_at     timestamptz  not null,
    published_at   timestamptz
);
create index outbox_event_unpublished on outbox_event (seq) where published_at is null;
create index outbox_event_published_at on outbox_event (published_at) where published_at is not null;

-- Idempotent consumer log: an event id is recorded in the same transaction as its effect.
create table consumed_event (
    consumer     varchar(128) not null,
    event_id     varchar(128) not null,
    event_type   varchar(128),
    topic        varchar(249) not null,
    partition_no integer      not null,
    record_offset bigint      not null,
    outcome      varchar(16)  not null,
    consumed_at  timestamptz  not null,
    primary key (consumer, event_id)
);
