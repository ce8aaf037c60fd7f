-- Officials by the place they answer to (docs/campaigns.md): level, jurisdiction (a country, or an ISO 3166-2
-- region), chamber and district, a district office beside the capitol one, phones, email and contact form.
alter table official
    add column level            varchar(8)  check (level in ('FEDERAL', 'STATE', 'COUNTY', 'CITY')),
    add column jurisdiction     varchar(6),
    add column chamber          varchar(9)  check (chamber in ('EXECUTIVE', 'UPPER', 'LOWER', 'COUNCIL')),
    add column district         varchar(20),
    add column phone            varchar(30),
    add column district_phone   varchar(30),
    add column email            varchar(254),
    add column contact_form_url varchar(500),
    add column district_line1       varchar(120),
    add column district_line2       varchar(120),
    add column district_city        varchar(100),
    add column district_region      varchar(6),
    add column district_postal_code varchar(20),
    add check ((level is null) = (jurisdiction is null)),
    add check (chamber is null or level is not null),
    add check (district is null or chamber in ('UPPER', 'LOWER', 'COUNCIL'));
create index official_jurisdiction on official (jurisdiction, level, chamber, district);
