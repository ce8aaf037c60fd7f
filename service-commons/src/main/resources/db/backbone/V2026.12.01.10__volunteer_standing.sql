-- Volunteers whose token may no longer do everything it says: those who left (their token reads but writes nothing)
-- and those who erased themselves (their token is refused). Every service keeps this projection of
-- volunteer.volunteers.v1 so that the rule holds everywhere; volunteers in good standing have no row.
create table volunteer_standing (
    volunteer_id uuid        primary key,
    standing     varchar(16) not null check (standing in ('LEFT', 'ERASED')),
    since        timestamptz not null
);
