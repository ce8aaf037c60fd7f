-- tally-service's model: the ledger of report-backs, what every counted thing contributed (provenance), a queue of
-- contributions not yet added to the counters, and the counters that reads use (so that no read counts rows).

-- The first model (one tally_counter table without provenance) is replaced. Its only metric, volunteers registered,
-- is counted again from volunteer-service's topic by a consumer of a new name that starts from the beginning.
drop table tally_counter;

-- Campaigns as letter-service publishes them (CampaignPublished, CampaignClosed).
create table campaign (
    id           uuid        primary key,
    slug         varchar(100),
    kind         varchar(16) not null,
    goal         integer     not null,
    starts_on    date,
    ends_on      date,
    target_ids   uuid[]      not null default '{}',
    status       varchar(8)  not null,
    published_at timestamptz not null,
    closed_at    timestamptz
);

-- Chapters as volunteer-service publishes them; a report-back may only name an active chapter.
create table chapter (
    id     uuid       primary key,
    status varchar(8) not null,
    region varchar(6)
);

-- The ledger: report-backs from people, bulk entries from partners, and coordinators' adjusting entries. Append-only:
-- a wrong count is corrected by an adjustment that names the corrected entry and a reason, never by an edit. No
-- foreign key to campaign: every insert would lock the one campaign row of a busy day of action (the service checks
-- the campaign instead).
create table ledger_entry (
    id                uuid        primary key,
    seq               bigint      generated always as identity unique,
    campaign_id       uuid        not null,
    kind              varchar(16) not null,
    action_type       varchar(24) not null,
    quantity          integer     not null,
    hashtag           varchar(101),
    occurred_at       timestamptz not null,
    chapter_id        uuid,
    region            varchar(6),
    target_id         uuid,
    reporter_id       uuid,
    corrects_entry_id uuid        references ledger_entry (id),
    reason            varchar(500),
    recorded_by       varchar(100),
    recorded_at       timestamptz not null,
    constraint ledger_entry_kind check (kind in ('REPORT_BACK', 'BULK', 'ADJUSTMENT')),
    constraint ledger_entry_quantity check (quantity <> 0 and (kind = 'ADJUSTMENT' or quantity > 0)),
    constraint ledger_entry_adjustment_reason check ((kind = 'ADJUSTMENT') = (reason is not null))
);
create index ledger_entry_campaign on ledger_entry (campaign_id, seq);
create index ledger_entry_corrects on ledger_entry (corrects_entry_id) where corrects_entry_id is not null;
create index ledger_entry_reporter on ledger_entry (reporter_id) where reporter_id is not null;

-- History is not edited. The one change allowed is forgetting who reported (a volunteer's erasure).
create function ledger_entry_append_only() returns trigger language plpgsql as $$
declare
    probe ledger_entry;
begin
    if tg_op = 'UPDATE' and new.reporter_id is null then
        probe := new;
        probe.reporter_id := old.reporter_id;
        if probe is not distinct from old then
            return new;
        end if;
    end if;
    raise exception 'the ledger is append-only: correct an entry with an adjustment';
end;
$$;
create trigger ledger_entry_append_only before update or delete on ledger_entry
    for each row execute function ledger_entry_append_only();

-- What each counted thing added to which metric: the provenance of every total. source_id is the ledger entry id or
-- the CloudEvent id that made it. campaign_id null: counted outside any campaign. bucket: the UTC hour it counts in.
create table tally_contribution (
    id          bigint      generated always as identity primary key,
    campaign_id uuid,
    metric      varchar(32) not null,
    quantity    bigint      not null,
    bucket      timestamptz not null,
    chapter_id  uuid,
    region      varchar(6),
    target_id   uuid,
    action_type varchar(24),
    source      varchar(24) not null,
    source_id   varchar(64) not null,
    recorded_at timestamptz not null
);
create index tally_contribution_campaign on tally_contribution (campaign_id, metric, id);

-- Contributions written but not yet added to the counters. Written in the same transaction as the contribution; the
-- aggregator deletes a batch and adds it to the counters in one transaction, so each is added exactly once.
create table tally_pending (
    contribution_id bigint      primary key,
    campaign_id     uuid,
    metric          varchar(32) not null,
    quantity        bigint      not null,
    bucket          timestamptz not null,
    chapter_id      uuid,
    region          varchar(6),
    target_id       uuid,
    action_type     varchar(24),
    source          varchar(24) not null
);

-- The counters. scope is a campaign id, or the nil UUID for everything counted (campaign or not).
create table tally_total (
    scope      uuid        not null,
    metric     varchar(32) not null,
    count      bigint      not null,
    updated_at timestamptz not null,
    primary key (scope, metric)
);

-- One breakdown cell: a metric by chapter, region, target, action type or source.
create table tally_cell (
    scope     uuid        not null,
    metric    varchar(32) not null,
    dimension varchar(8)  not null,
    value     varchar(64) not null,
    count     bigint      not null,
    primary key (scope, metric, dimension, value)
);

-- The metric per UTC hour, from which daily and weekly series in any time zone are summed.
create table tally_hour (
    scope  uuid        not null,
    metric varchar(32) not null,
    hour   timestamptz not null,
    count  bigint      not null,
    primary key (scope, metric, hour)
);

-- The latest report of each community event. A correction (a higher revision) replaces it: its contributions are
-- withdrawn and the new ones added, so an event's report is never added twice.
create table event_report (
    event_id    uuid        primary key,
    revision    integer     not null,
    campaign_id uuid,
    chapter_id  uuid,
    region      varchar(6),
    event_date  date        not null,
    letters     integer     not null,
    postcards   integer     not null,
    attendees   integer     not null
);
