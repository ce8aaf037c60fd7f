-- Double opt-in. A public sign-up or guest RSVP changes nothing of anyone's record until the submitter follows the
-- link mailed to the address. The link's token is single-use and expiring; only its SHA-256 is kept.
create table email_confirmation (
    id           uuid         primary key,
    -- SIGN_UP: `sign_up` holds the submitted form (JSON, as sent: left-out fields are null and stay untouched).
    -- RSVP: `rsvp_id` names the guest's RSVP that waits for it.
    purpose      varchar(16)  not null,
    token_sha256 varchar(64)  not null,
    email        varchar(254) not null,
    sign_up      text,
    rsvp_id      uuid,
    created_at   timestamptz  not null,
    expires_at   timestamptz  not null,
    check ((purpose = 'SIGN_UP' and sign_up is not null) or (purpose = 'RSVP' and rsvp_id is not null))
);
create unique index email_confirmation_token on email_confirmation (token_sha256);
create index email_confirmation_open on email_confirmation (email, purpose, expires_at);
create index email_confirmation_rsvp on email_confirmation (rsvp_id) where rsvp_id is not null;
create index email_confirmation_expiry on email_confirmation (expires_at);

-- When the volunteer proved they own their address (null: imported by a partner, or signed up before confirmation).
alter table volunteer add column email_confirmed_at timestamptz;

-- A guest's RSVP is PENDING (holds no place, counts nowhere) until confirmed, and lapses at pending_until.
alter table event_rsvp add column pending_until timestamptz;
create index event_rsvp_pending on event_rsvp (pending_until) where status = 'PENDING';
