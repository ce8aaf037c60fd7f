-- Erasure (docs/erasure.md). An erased person's RSVPs stay, without any person in them, so that an event's attended
-- and no-show counts do not change; an erased host's events stay, without the host, for their report-back counts.
alter table event_rsvp drop constraint event_rsvp_check;
alter table event_rsvp add column erased_at timestamptz;
alter table event_rsvp add constraint event_rsvp_person
    check (volunteer_id is not null or email is not null or erased_at is not null);
alter table event_rsvp add constraint event_rsvp_erased_holds_no_person
    check (erased_at is null or (volunteer_id is null and email is null and name is null
                                 and cancel_token_sha256 is null));

alter table community_event alter column host_id drop not null;
