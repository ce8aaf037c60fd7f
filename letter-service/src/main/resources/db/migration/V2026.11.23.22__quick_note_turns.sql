-- Quick notes go round the recipients who can receive them: the one who has waited longest for a note (never, first)
-- gets the next. The partial index holds exactly the recipients a quick note may go to, in turn order.
alter table recipient add column last_quick_note_at timestamptz;
create index recipient_quick_note_turn on recipient (last_quick_note_at nulls first, id)
    where consents_to_letters and custody_status in ('DETAINED', 'TRANSFERRED');
-- Superseded by the index above.
drop index recipient_reachable;
