-- Report-backs recorded after their campaign closed (they arrived before the close did) are withdrawn when the close
-- arrives: found by campaign and time recorded.
create index ledger_entry_campaign_recorded on ledger_entry (campaign_id, recorded_at);

-- The counters are rebuilt from the ledger and the counted events once, at the next start, when the way entries are
-- counted changes (Rebuild.runIfRequested): the rebuild is the tested path from sources to counters.
create table tally_rebuild_request (
    reason       varchar(200) primary key,
    requested_at timestamptz  not null default now()
);

-- Corrections now count in the source of the entry they correct (the ADJUSTMENT source cell no longer goes below
-- zero), and report-backs recorded after their campaign closed are no longer counted.
insert into tally_rebuild_request (reason)
values ('2026.12.01.60: corrections count in their entry''s source; entries after a close are not counted');
