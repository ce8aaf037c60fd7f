create table chapter (
    id             uuid         primary key,
    name           varchar(120) not null,
    region         varchar(6)   not null,
    facility_name  varchar(200) not null,
    facility_id    uuid,
    contact_name   varchar(100),
    contact_email  varchar(254),
    status         varchar(16)  not null,
    proposed_by    varchar(64)  not null,
    created_at     timestamptz  not null,
    updated_at     timestamptz  not null,
    version        bigint       not null default 0
);
create index chapter_status_region on chapter (status, region);

-- Chapters have coordinators; a volunteer coordinates at most the chapter they belong to.
create table chapter_coordinator (
    chapter_id   uuid        not null references chapter (id),
    volunteer_id uuid        not null references volunteer (id),
    since        timestamptz not null,
    primary key (chapter_id, volunteer_id)
);
