-- Which districts a postal code lies in, as the operator loads them (POST /api/postal-districts/import): a volunteer
-- then finds their officials from their postal code. A code may lie in more than one district of a chamber.
create table postal_district (
    country     varchar(2)  not null,
    postal_code varchar(12) not null,
    level       varchar(8)  not null check (level in ('FEDERAL', 'STATE', 'COUNTY', 'CITY')),
    chamber     varchar(9)  not null check (chamber in ('UPPER', 'LOWER', 'COUNCIL')),
    district    varchar(20) not null,
    updated_at  timestamptz not null,
    primary key (country, postal_code, level, chamber, district),
    foreign key (country, postal_code) references postal_code (country, postal_code) on delete cascade
);
