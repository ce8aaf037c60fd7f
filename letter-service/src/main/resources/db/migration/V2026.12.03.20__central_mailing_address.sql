-- Headquarters' central mailing address, where solidarity letters are sent to be forwarded: one row, read by
-- frontends (event instructions, campaign pages) instead of an address typed into each campaign.
create table central_mailing_address (
    id          varchar(16)  primary key check (id = 'central'),
    addressee   varchar(200) not null,
    line1       varchar(120) not null,
    line2       varchar(120),
    city        varchar(100) not null,
    region      varchar(6)   not null,
    postal_code varchar(20)  not null,
    updated_at  timestamptz  not null,
    version     bigint       not null default 0
);
