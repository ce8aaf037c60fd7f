-- Pen pals: a weekly writer paired with a detained recipient by headquarters, until the match ends with a reason.
create table pen_pal_match (
    id           uuid         primary key,
    writer_id    uuid         not null references writer (volunteer_id),
    recipient_id uuid         not null references recipient (id),
    -- the recipient's preferred language when matched, which the writer shares
    language     varchar(35)  not null,
    status       varchar(16)  not null,
    matched_at   timestamptz  not null,
    matched_by   uuid,
    ended_at     timestamptz,
    end_reason   varchar(32),
    ended_by     uuid,
    version      bigint       not null default 0,
    check ((status = 'ACTIVE') = (ended_at is null)),
    check (status = 'ACTIVE' or end_reason is not null)
);
-- A recipient has one pen pal at a time: two coordinators matching one recipient at once cannot both succeed.
create unique index pen_pal_match_recipient_active on pen_pal_match (recipient_id) where status = 'ACTIVE';
create index pen_pal_match_writer on pen_pal_match (writer_id, status);
create index pen_pal_match_listing on pen_pal_match (matched_at desc, id);
