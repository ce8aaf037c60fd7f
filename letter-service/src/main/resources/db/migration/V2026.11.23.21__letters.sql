-- Solidarity letters to detained recipients, their status history and the mail batches they travel in.

create table mail_batch (
    id              uuid         primary key,
    facility_id     uuid         not null references facility (id),
    -- OPEN (letters may be added and removed), SEALED (closed for changes), MAILED.
    status          varchar(16)  not null,
    letter_count    integer      not null default 0,
    postage_cents   bigint,
    currency        varchar(3),
    created_by      varchar(100) not null,
    created_at      timestamptz  not null,
    sealed_at       timestamptz,
    mailed_at       timestamptz,
    updated_at      timestamptz  not null,
    version         bigint       not null default 0,
    check (postage_cents is null or postage_cents >= 0),
    check ((status = 'MAILED') = (mailed_at is not null))
);
create index mail_batch_listing on mail_batch (status, facility_id, created_at);
create index mail_batch_updated on mail_batch (updated_at);

create table letter (
    id                 uuid          primary key,
    kind               varchar(16)   not null,
    origin             varchar(24)   not null,
    status             varchar(16)   not null,
    -- Why it was last held back or returned; null otherwise.
    status_reason      varchar(32),
    recipient_id       uuid          not null references recipient (id),
    -- Where it is to be mailed: the recipient's facility, re-routed when they are transferred.
    facility_id        uuid          not null references facility (id),
    -- The volunteer who wrote it (null for a public quick note) and the chapter it counts for.
    writer_id          uuid,
    chapter_id         uuid,
    -- A letter-service campaign; no foreign key, campaigns are kept apart.
    campaign_id        uuid,
    -- ISO 3166-2 code of where it was written, or the facility's.
    region             varchar(6)    not null,
    -- A quick note's text, its writer's first name and language: for headquarters' review only.
    note_text          varchar(1500),
    note_writer_name   varchar(50),
    note_language      varchar(35),
    -- The batch it travels in. One column: a letter can never be in two batches at once.
    batch_id           uuid          references mail_batch (id),
    created_at         timestamptz   not null,
    updated_at         timestamptz   not null,
    version            bigint        not null default 0,
    check (status not in ('BATCHED', 'MAILED') or batch_id is not null)
);
create index letter_status on letter (status, updated_at);
create index letter_updated on letter (updated_at, id);
create index letter_writer on letter (writer_id, updated_at) where writer_id is not null;
create index letter_chapter on letter (chapter_id, updated_at) where chapter_id is not null;
create index letter_recipient on letter (recipient_id, status);
create index letter_facility on letter (facility_id, status);
create index letter_campaign on letter (campaign_id, updated_at) where campaign_id is not null;
create index letter_batch on letter (batch_id) where batch_id is not null;

-- Every status change of a letter, with who made it and when.
create table letter_transition (
    id           uuid         primary key,
    letter_id    uuid         not null references letter (id),
    from_status  varchar(16),
    to_status    varchar(16)  not null,
    reason       varchar(32),
    changed_by   varchar(100) not null,
    changed_at   timestamptz  not null
);
create index letter_transition_letter on letter_transition (letter_id, changed_at);
