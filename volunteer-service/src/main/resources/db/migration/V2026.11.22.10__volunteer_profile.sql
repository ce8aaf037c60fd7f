-- The full volunteer profile. Personal columns become nullable: erasure clears them for good and keeps the row,
-- so anonymous counts (region, chapter, roles) survive.
alter table volunteer
    alter column first_name drop not null,
    alter column last_name drop not null,
    alter column email drop not null,
    alter column postal_code drop not null,
    add column phone                  varchar(20),
    add column city                   varchar(100),
    add column country                char(2),
    add column languages              text[]      not null default '{}',
    add column skills                 text[]      not null default '{}',
    add column interests              text[]      not null default '{}',
    add column hours_per_week         smallint,
    add column availability           text[]      not null default '{}',
    add column heard_from             varchar(200),
    add column contact_consent        boolean     not null default false,
    add column contact_consent_at     timestamptz,
    add column chapter_id             uuid,
    add column guidelines_version     varchar(32),
    add column guidelines_accepted_at timestamptz,
    add column erased_at              timestamptz,
    -- Lower-cased names, email, city and tags, kept by the application; searched through the text index below.
    add column search_text            text        not null default '';

drop index volunteer_email;
create unique index volunteer_email on volunteer (email) where email is not null;

alter table volunteer add column search tsvector generated always as (to_tsvector('simple', search_text)) stored;

create index volunteer_search on volunteer using gin (search);
create index volunteer_roles_gin on volunteer using gin (roles);
create index volunteer_languages_gin on volunteer using gin (languages);
create index volunteer_skills_gin on volunteer using gin (skills);
create index volunteer_availability_gin on volunteer using gin (availability);
create index volunteer_chapter_status on volunteer (chapter_id, status);
create index volunteer_status_region on volunteer (status, region);
create index volunteer_updated on volunteer (updated_at, id);
create index volunteer_created on volunteer (created_at, id);
