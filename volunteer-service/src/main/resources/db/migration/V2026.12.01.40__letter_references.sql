-- What letter-service has announced about the things volunteer-service records refer to: the published versions of
-- the Letter Writing Guidelines (GuidelinesPublished on letter.guidelines.v1), which a volunteer may accept, and the
-- campaigns (CampaignPublished/CampaignClosed on letter.campaigns.v1), which a community event may name. Labels, ids,
-- statuses and times only; kept by the idempotent consumer, never written by the API.
create table guidelines_version (
    version      varchar(32)  primary key,
    version_id   uuid         not null,
    published_at timestamptz  not null
);

create table campaign (
    id           uuid         primary key,
    -- ACTIVE once published, CLOSED once closed
    status       varchar(16)  not null,
    published_at timestamptz,
    closed_at    timestamptz
);
