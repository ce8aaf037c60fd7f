-- What a campaign asks beyond mail (docs/campaigns.md): a script for calls, a petition to sign, and the public
-- accounts to tag in social posts, apart from the officials it targets.
alter table campaign
    add column call_script    varchar(4000),
    add column petition_url   varchar(500),
    add column handles_to_tag jsonb not null default '[]'::jsonb;
