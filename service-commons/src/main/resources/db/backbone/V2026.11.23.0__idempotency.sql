-- Answers to creating requests that carried an Idempotency-Key, so that a retry gets the first answer instead of a
-- second record. Written in the same transaction as the record it created: both exist, or neither.
create table idempotency_record (
    scope        varchar(300) not null,
    key          varchar(100) not null,
    request_hash bytea        not null,
    response     text,
    created_at   timestamptz  not null,
    primary key (scope, key)
);

create index idempotency_record_created_at on idempotency_record (created_at);
