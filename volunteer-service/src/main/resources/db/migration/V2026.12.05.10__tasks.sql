-- Tasks for the organising committee and virtual volunteers (docs/tasks.md): coordinators post them, volunteers sign
-- up, complete them and log the hours they gave, which tally-service counts per chapter and month.

create table volunteer_task (
    id                uuid          primary key,
    -- null: a task of headquarters, open to volunteers of every chapter
    chapter_id        uuid,
    title             varchar(120)  not null,
    description       varchar(4000),
    skills            text[]        not null default '{}',
    languages         text[]        not null default '{}',
    availability      text[]        not null default '{}',
    mode              varchar(16)   not null check (mode in ('IN_PERSON', 'VIRTUAL')),
    city              varchar(100),
    region            varchar(6),
    estimated_minutes integer       check (estimated_minutes between 15 and 30000),
    due_on            date,
    people_needed     integer       not null check (people_needed between 1 and 1000),
    status            varchar(16)   not null check (status in ('OPEN', 'CLOSED', 'CANCELLED')),
    -- who posted it; null once they are erased
    created_by        uuid,
    created_at        timestamptz   not null,
    updated_at        timestamptz   not null,
    version           bigint        not null default 0,
    check (mode = 'VIRTUAL' or region is not null)
);
create index volunteer_task_listing on volunteer_task (status, chapter_id, created_at);

create table task_signup (
    id            uuid          primary key,
    task_id       uuid          not null references volunteer_task (id),
    -- null once they are erased: the sign-up and its hours still count for the task
    volunteer_id  uuid,
    status        varchar(16)   not null check (status in ('SIGNED_UP', 'COMPLETED', 'WITHDRAWN')),
    signed_up_at  timestamptz   not null,
    completed_at  timestamptz,
    updated_at    timestamptz   not null,
    unique (task_id, volunteer_id)
);
create index task_signup_volunteer on task_signup (volunteer_id, signed_up_at);

create table task_hours (
    id            uuid          primary key,
    signup_id     uuid          not null references task_signup (id),
    task_id       uuid          not null references volunteer_task (id),
    -- the task's chapter when the hours were logged: what tally-service counts them towards
    chapter_id    uuid,
    worked_on     date          not null,
    minutes       integer       not null check (minutes between 15 and 1440 and minutes % 15 = 0),
    logged_at     timestamptz   not null,
    withdrawn_at  timestamptz
);
create index task_hours_signup on task_hours (signup_id, worked_on);
