-- Versions published before letter-service announced its guidelines (GuidelinesPublished on letter.guidelines.v1)
-- are announced once, through the outbox like every event, so that volunteer-service learns every label that exists
-- and volunteers can accept them. The envelope is what EventCodec writes (GuidelinesEventsTest reads it back).
insert into outbox_event (id, aggregate_type, aggregate_id, event_type, topic, envelope, created_at)
select e.id, 'guidelines-version', g.id::text, 'org.lettersofhope.letter.guidelines-published.v1',
       'letter.guidelines.v1',
       json_build_object(
           'specversion', '1.0',
           'id', e.id,
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
from guidelines_version g
cross join lateral (select gen_random_uuid() as id) e
order by g.published_at, g.id;
