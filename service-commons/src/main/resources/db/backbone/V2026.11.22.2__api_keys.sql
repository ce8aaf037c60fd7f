-- API keys of partner chapters and dashboards. volunteer-service issues them; every service keeps this projection of
-- the ApiKeyIssued/ApiKeyRevoked events so a key works everywhere. Only the SHA-256 of the secret is stored.
create table api_key (
    id            uuid        primary key,
    scope         varchar(16) not null,
    chapter_id    uuid,
    secret_sha256 varchar(64) not null,
    label         varchar(100),
    issued_at     timestamptz not null,
    revoked_at    timestamptz
);
