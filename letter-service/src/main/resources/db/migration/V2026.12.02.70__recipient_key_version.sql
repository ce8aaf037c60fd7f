-- The version of the recipient keys a row's identifiers and lookup value are under: a key rotation re-encrypts the
-- rows of older versions in batches, found by this column. Every row so far is under the first keys.
alter table recipient add column key_version smallint not null default 1;
create index recipient_key_version on recipient (key_version);
