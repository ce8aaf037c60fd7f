-- Versions of the Letter Writing Guidelines. The current version is the one published last; versions are never
-- changed once published, because volunteers accept a version by its label.
create table guidelines_version (
    id           uuid          primary key,
    version      varchar(32)   not null unique,
    title        varchar(120)  not null,
    body         text          not null check (length(body) <= 50000),
    published_at timestamptz   not null,
    published_by uuid
);
create index guidelines_version_published on guidelines_version (published_at desc, id);
