-- Community events: letter-writing evenings, postcard parties, organising meetings and info sessions that a volunteer
-- hosts, with their RSVPs, attendance and report-back. "Community event" keeps them apart from Kafka events.

create table community_event (
    id                        uuid          primary key,
    host_id                   uuid          not null,
    chapter_id                uuid,
    campaign_id               uuid,
    kind                      varchar(32)   not null,
    format                    varchar(16)   not null,
    status                    varchar(16)   not null,
    title                     varchar(120)  not null,
    description               varchar(4000),
    starts_at                 timestamptz   not null,
    ends_at                   timestamptz   not null,
    time_zone                 varchar(64)   not null,
    -- The start's calendar date in the event's own time zone, so that date filters mean what the host meant.
    local_start_date          date          not null,
    venue_name                varchar(120),
    street_address            varchar(200),
    city                      varchar(100),
    region                    varchar(6)    not null,
    meeting_url               varchar(500),
    capacity                  integer       not null check (capacity between 1 and 10000),
    organiser_intro_requested boolean       not null default false,
    rejection_reason          varchar(500),
    approved_at               timestamptz,
    -- Report-back: recorded once, a correction replaces it.
    letters_written           integer       check (letters_written between 0 and 100000),
    postcards_written         integer       check (postcards_written between 0 and 100000),
    attendees_reported        integer       check (attendees_reported between 0 and 100000),
    report_revision           integer       not null default 0,
    reported_at               timestamptz,
    -- A retried proposal with the same Idempotency-Key answers the first one.
    idempotency_key           varchar(100),
    created_at                timestamptz   not null,
    updated_at                timestamptz   not null,
    version                   bigint        not null default 0,
    check (ends_at > starts_at)
);
create index community_event_listing on community_event (status, local_start_date);
create index community_event_chapter on community_event (chapter_id, updated_at);
create index community_event_host on community_event (host_id, starts_at);
create unique index community_event_idempotency on community_event (host_id, idempotency_key)
    where idempotency_key is not null;

create table event_rsvp (
    id                  uuid          primary key,
    event_id            uuid          not null references community_event (id),
    -- A volunteer's RSVP (by token) or a guest's (by name and email, with a cancel token).
    volunteer_id        uuid,
    name                varchar(100),
    email               varchar(254),
    cancel_token_sha256 varchar(64),
    status              varchar(16)   not null,
    waitlisted_at       timestamptz,
    attendance          varchar(16),
    created_at          timestamptz   not null,
    updated_at          timestamptz   not null,
    check (volunteer_id is not null or email is not null)
);
-- One RSVP per person per event: asking again answers the same RSVP.
create unique index event_rsvp_volunteer on event_rsvp (event_id, volunteer_id) where volunteer_id is not null;
create unique index event_rsvp_email on event_rsvp (event_id, email) where email is not null;
create index event_rsvp_waitlist on event_rsvp (event_id, status, waitlisted_at);
create index event_rsvp_by_volunteer on event_rsvp (volunteer_id, created_at) where volunteer_id is not null;
