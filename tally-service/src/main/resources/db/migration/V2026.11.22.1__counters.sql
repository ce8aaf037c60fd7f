-- One row per metric and breakdown cell, kept up to date as events arrive, so reading a tally never counts rows.
-- dimension '' with dimension_value '' is the overall total.
create table tally_counter (
    metric          varchar(64) not null,
    dimension       varchar(32) not null,
    dimension_value varchar(64) not null,
    count           bigint      not null,
    updated_at      timestamptz not null,
    primary key (metric, dimension, dimension_value)
);
