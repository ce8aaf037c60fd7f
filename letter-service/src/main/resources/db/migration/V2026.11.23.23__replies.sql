-- Replies from recipients that reached headquarters, routed to the writer. Addresses are never stored here: the
-- writer learns the recipient's display name and language only.
create table reply (
    id                uuid         primary key,
    recipient_id      uuid         not null references recipient (id),
    writer_id         uuid         not null,
    -- The pen-pal match it belongs to, where there is one (no foreign key: matches are kept apart).
    match_id          uuid,
    received_on       date         not null,
    language          varchar(35)  not null,
    needs_translation boolean      not null,
    logged_by         varchar(100) not null,
    created_at        timestamptz  not null
);
create index reply_writer on reply (writer_id, received_on desc, id);
create index reply_recipient on reply (recipient_id, received_on desc);
create index reply_created on reply (created_at, id);
