-- Versions published before letter-service announced its guidelines (GuidelinesPublished on letter.guidelines.v1)
-- are announced once, through the outbox like every event, so that volunteer-service learns every label that exists
-- and volunteers can accept them. The envelope is what EventCodec writes (GuidelinesEventsTest reads it back).
with g as (
    -- one new event id per version (a volatile function in the select list is evaluated for each row)
    select v.id, v.version, v.published_at, gen_random_uuid() as event_id from guidelines_version v
)
insert into outbox_event (id, aggregate_type, aggregate_id, event_type, topic, envelope, created_at)
select g.event_id, 'guidelines-version', g.id::text, 'org.lettersofhope.letter.guidelines-published.v1',
       'letter.guidelines.v1',
       json_build_object(
           'specversion', '1.0',
           'id', g.event_id,
           'source', '/letter-service',
           'type', 'org.lettersofhope.letter.guidelines-published.v1',
           'time', to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
           'subject', 'guidelines-version/' || g.id,
           'datacontenttype', 'application/json',
           'partitionkey', g.id::text,
           'data', json_build_object(
               'versionId', g.id,
               'version', g.version,
               'publishedAt', to_char(g.published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')))::text,
       now()
from g
order by g.published_at, g.id;
