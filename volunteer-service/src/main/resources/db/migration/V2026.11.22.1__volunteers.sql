-- Migrations are versioned by date (yyyy.mm.dd.n) across the project so that a service's own migrations and the
-- shared backbone's (service-commons db/backbone) interleave in the order they were written.

create table volunteer (
    id           uuid         primary key,
    first_name   varchar(100) not null,
    last_name    varchar(100) not null,
    email        varchar(254) not null,
    postal_code  varchar(16)  not null,
    region       varchar(6)   not null,
    roles        text[]       not null,
    status       varchar(16)  not null,
    created_at   timestamptz  not null,
    updated_at   timestamptz  not null,
    version      bigint       not null default 0
);
-- Emails are stored lower-cased; one person, one record.
create unique index volunteer_email on volunteer (email);
create index volunteer_region on volunteer (region);
