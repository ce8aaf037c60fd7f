-- A new pen pal offered to a writer whose pen pal left custody (docs/campaigns.md).
create table pen_pal_offer (
    id             uuid        primary key,
    -- null once the writer was erased
    writer_id      uuid        references writer (volunteer_id),
    recipient_id   uuid        not null references recipient (id),
    after_match_id uuid        not null references pen_pal_match (id),
    status         varchar(16) not null check (status in ('PROPOSED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')),
    offered_at     timestamptz not null,
    decided_at     timestamptz,
    decided_by     uuid,
    match_id       uuid        references pen_pal_match (id),
    version        bigint      not null default 0,
    check ((status = 'PROPOSED') = (decided_at is null)),
    check ((status = 'ACCEPTED') = (match_id is not null))
);
-- A recipient is offered to one writer at a time.
create unique index pen_pal_offer_recipient_proposed on pen_pal_offer (recipient_id) where status = 'PROPOSED';
create index pen_pal_offer_writer on pen_pal_offer (writer_id, status);
create index pen_pal_offer_listing on pen_pal_offer (offered_at desc, id);
