-- Volunteers' requests to be paid back for stamps, postage and postcards.
create table reimbursement (
    id                uuid          primary key,
    volunteer_id      uuid          not null,
    -- the volunteer's chapter when they asked, from the writer projection; scopes chapter coordinators and keys
    chapter_id        uuid,
    amount_cents      bigint        not null check (amount_cents > 0),
    currency          char(3)       not null check (currency ~ '^[A-Z]{3}$'),
    -- [{"kind":"STAMPS","quantity":20,"amountCents":1460}], adding up to amount_cents
    items             jsonb         not null,
    receipt_reference varchar(100)  not null,
    status            varchar(16)   not null,
    rejection_reason  varchar(500),
    decided_by        uuid,
    decided_at        timestamptz,
    paid_at           timestamptz,
    created_at        timestamptz   not null,
    updated_at        timestamptz   not null,
    version           bigint        not null default 0,
    check (status <> 'REJECTED' or rejection_reason is not null)
);
create index reimbursement_volunteer on reimbursement (volunteer_id, created_at desc);
create index reimbursement_queue on reimbursement (status, created_at, id);
create index reimbursement_chapter on reimbursement (chapter_id, status, created_at);
