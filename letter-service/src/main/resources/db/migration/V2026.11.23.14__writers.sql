-- letter-service's projection of volunteer-service's events about volunteers (topic volunteer.volunteers.v1). It
-- holds only what those events carry: ids, roles, languages, region, chapter, status, guidelines version. No names.
create table writer (
    volunteer_id           uuid         primary key,
    status                 varchar(16),
    roles                  text[]       not null default '{}',
    languages              text[]       not null default '{}',
    region                 varchar(6),
    chapter_id             uuid,
    guidelines_version     varchar(32),
    guidelines_accepted_at timestamptz,
    erased_at              timestamptz,
    -- how many active pen pals a coordinator allows this writer; null = the configured default
    max_pen_pals           integer      check (max_pen_pals between 1 and 10),
    updated_at             timestamptz  not null
);
create index writer_languages on writer using gin (languages);
