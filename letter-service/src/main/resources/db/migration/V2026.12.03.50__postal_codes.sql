-- Where postal codes are, as the operator loads them (POST /api/admin/postal-codes, docs/campaigns.md): facilities
-- are found by distance from one. Codes are stored upper-cased without spaces.
create table postal_code (
    country     varchar(2)       not null check (country ~ '^[A-Z]{2}$'),
    postal_code varchar(12)      not null check (postal_code ~ '^[A-Z0-9-]{2,12}$'),
    region      varchar(6)       not null,
    latitude    double precision not null check (latitude between -90 and 90),
    longitude   double precision not null check (longitude between -180 and 180),
    updated_at  timestamptz      not null,
    primary key (country, postal_code)
);
