-- Event proposals now use the shared Idempotency-Key store (idempotency_record) like every creating endpoint.
drop index community_event_idempotency;
alter table community_event drop column idempotency_key;
