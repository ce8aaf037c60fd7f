-- Officials (the targets of advocacy campaigns) and campaigns. An official's mailing address is public information:
-- it is what a volunteer writes on the envelope.
create table official (
    id              uuid          primary key,
    name            varchar(120)  not null,
    title           varchar(120)  not null,
    office          varchar(200),
    address_line1   varchar(120)  not null,
    address_line2   varchar(120),
    city            varchar(100)  not null,
    region          varchar(6)    not null,
    postal_code     varchar(20)   not null,
    country         char(2)       not null,
    -- [{"platform":"BLUESKY","handle":"@secretary.example"}], at most 10
    social_handles  jsonb         not null default '[]'::jsonb,
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null,
    version         bigint        not null default 0
);
create index official_name on official (name, id);
create index official_updated on official (updated_at, id);

create table campaign (
    id                   uuid          primary key,
    slug                 varchar(80)   not null unique check (slug ~ '^[a-z0-9-]{3,80}$'),
    name                 varchar(120)  not null,
    kind                 varchar(16)   not null,
    status               varchar(16)   not null,
    description          varchar(4000),
    call_to_action       varchar(500),
    -- [{"heading":"…","points":["…"]}]: at most 10 groups of at most 10 points
    talking_points       jsonb         not null default '[]'::jsonb,
    -- normalised to "#Tag", at most 20
    hashtags             text[]        not null default '{}',
    mailing_instructions varchar(1000),
    goal                 integer       check (goal between 1 and 10000000),
    starts_on            date,
    ends_on              date,
    published_at         timestamptz,
    closed_at            timestamptz,
    created_at           timestamptz   not null,
    updated_at           timestamptz   not null,
    version              bigint        not null default 0,
    check (starts_on is null or ends_on is null or starts_on <= ends_on),
    -- publishing checks these; the database holds to them too
    check (status = 'DRAFT' or (goal is not null and starts_on is not null and ends_on is not null))
);
create index campaign_listing on campaign (status, starts_on desc, id);
create index campaign_updated on campaign (updated_at, id);

-- Which officials a campaign targets, in the order the campaign shows them.
create table campaign_target (
    campaign_id uuid    not null references campaign (id),
    official_id uuid    not null references official (id),
    position    integer not null,
    primary key (campaign_id, official_id)
);
create index campaign_target_official on campaign_target (official_id);
