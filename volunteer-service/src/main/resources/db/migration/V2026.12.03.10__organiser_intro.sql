-- The organiser's video introduction becomes a workflow (docs/community-events.md): requested, scheduled with a
-- coordinator, a time and a link for the host, then done or declined.
alter table community_event
    add column intro_status         varchar(16)  not null default 'NOT_REQUESTED'
        check (intro_status in ('NOT_REQUESTED', 'REQUESTED', 'SCHEDULED', 'DONE', 'DECLINED')),
    add column intro_at             timestamptz,
    add column intro_meeting_url    varchar(2048),
    add column intro_coordinator_id uuid,
    add column intro_decline_reason varchar(500),
    add check (intro_status not in ('SCHEDULED', 'DONE') or (intro_at is not null and intro_meeting_url is not null));
update community_event set intro_status = 'REQUESTED' where organiser_intro_requested;
alter table community_event drop column organiser_intro_requested;
create index community_event_intro on community_event (intro_status) where intro_status in ('REQUESTED', 'SCHEDULED');
