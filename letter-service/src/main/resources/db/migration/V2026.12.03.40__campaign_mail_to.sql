-- Where a campaign's pieces are mailed, as data frontends read (GET /api/campaigns/{id}/mailing-addresses) rather
-- than an address inside mailingInstructions: headquarters' central address, each target's own, or one of its own.
alter table campaign
    add column mail_to             varchar(16)  not null default 'CENTRAL'
        check (mail_to in ('CENTRAL', 'TARGETS', 'ADDRESS')),
    add column mail_to_addressee   varchar(200),
    add column mail_to_line1       varchar(120),
    add column mail_to_line2       varchar(120),
    add column mail_to_city        varchar(100),
    add column mail_to_region      varchar(6),
    add column mail_to_postal_code varchar(20),
    add check ((mail_to = 'ADDRESS') = (mail_to_line1 is not null)),
    add check (mail_to_line1 is null or (mail_to_addressee is not null and mail_to_city is not null
                                         and mail_to_region is not null and mail_to_postal_code is not null));
update campaign set mail_to = 'TARGETS' where kind = 'ADVOCACY';
