-- Facilities and the detained people who asked for letters. A recipient's full name and A-Number are stored only
-- encrypted (AES-256-GCM: version byte, 96-bit nonce, ciphertext and tag); the A-Number is found by an exact-match
-- blind index (HMAC-SHA256 of the normalised digits under a key of its own), never by decrypting rows.

create table facility (
    id             uuid         primary key,
    name           varchar(200) not null,
    operator       varchar(200),
    for_profit     boolean      not null,
    address_line1  varchar(200) not null,
    address_line2  varchar(200),
    city           varchar(100) not null,
    -- ISO 3166-2 subdivision code, upper-cased.
    region         varchar(6)   not null,
    postal_code    varchar(20)  not null,
    -- What the facility's mail room refuses (RefusedItem names), and anything else it asks for.
    refused_items  text[]       not null default '{}',
    mail_notes     varchar(2000),
    active         boolean      not null default true,
    created_at     timestamptz  not null,
    updated_at     timestamptz  not null,
    version        bigint       not null default 0
);
create index facility_listing on facility (active, name);
create index facility_updated on facility (updated_at);

create table recipient (
    id                  uuid         primary key,
    -- "First L.": all a writer ever sees.
    display_name        varchar(40)  not null,
    full_name_enc       bytea        not null,
    a_number_enc        bytea        not null,
    -- HMAC-SHA256 of the nine normalised digits: one A-Number, one recipient.
    a_number_lookup     bytea        not null,
    preferred_language  varchar(35)  not null,
    facility_id         uuid         not null references facility (id),
    custody_status      varchar(16)  not null,
    consents_to_letters boolean      not null,
    created_at          timestamptz  not null,
    updated_at          timestamptz  not null,
    version             bigint       not null default 0,
    check (octet_length(a_number_lookup) = 32)
);
create unique index recipient_a_number_lookup on recipient (a_number_lookup);
create index recipient_facility on recipient (facility_id, custody_status);
create index recipient_updated on recipient (updated_at);
-- Quick notes pick a consenting, detained recipient.
create index recipient_reachable on recipient (custody_status, preferred_language) where consents_to_letters;

-- Every custody change, with who made it and when.
create table recipient_custody_change (
    id               uuid         primary key,
    recipient_id     uuid         not null references recipient (id),
    from_status      varchar(16),
    to_status        varchar(16)  not null,
    from_facility_id uuid         references facility (id),
    to_facility_id   uuid         references facility (id),
    changed_by       varchar(100) not null,
    changed_at       timestamptz  not null
);
create index recipient_custody_change_recipient on recipient_custody_change (recipient_id, changed_at);
