-- Erasure (docs/erasure.md): a volunteer's erasure forgets them as the reporter of report-backs (reporter_id becomes
-- null) and as the person who recorded bulk entries and adjustments (recorded_by, their id, becomes 'erased'). Those
-- are the only changes the append-only ledger allows; quantities, kinds, times and places never change.
create or replace function ledger_entry_append_only() returns trigger language plpgsql as $$
declare
    probe ledger_entry;
begin
    if tg_op = 'UPDATE'
            and (new.reporter_id is null or new.reporter_id is not distinct from old.reporter_id)
            and (new.recorded_by = 'erased' or new.recorded_by is not distinct from old.recorded_by) then
        probe := new;
        probe.reporter_id := old.reporter_id;
        probe.recorded_by := old.recorded_by;
        if probe is not distinct from old then
            return new;
        end if;
    end if;
    raise exception 'the ledger is append-only: correct an entry with an adjustment';
end;
$$;
