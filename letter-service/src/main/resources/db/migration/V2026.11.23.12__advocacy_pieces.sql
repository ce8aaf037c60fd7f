-- Self-mailed advocacy pieces: a volunteer, a partner chapter or a coordinator reports that N pieces went to one of
-- an active advocacy campaign's targets.
create table advocacy_log (
    id           uuid         primary key,
    campaign_id  uuid         not null references campaign (id),
    target_id    uuid         not null references official (id),
    piece_kind   varchar(16)  not null,
    count        integer      not null check (count between 1 and 1000),
    sent_on      date         not null,
    volunteer_id uuid,
    chapter_id   uuid,
    region       varchar(6),
    -- who logged it: the volunteer's id, or the coordinator's, or null for a partner key
    logged_by    uuid,
    logged_at    timestamptz  not null
);
create index advocacy_log_volunteer on advocacy_log (volunteer_id, logged_at desc) where volunteer_id is not null;
create index advocacy_log_campaign on advocacy_log (campaign_id, logged_at desc);
