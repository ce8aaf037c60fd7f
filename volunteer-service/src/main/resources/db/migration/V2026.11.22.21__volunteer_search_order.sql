-- Sorting by last name reads this index in order instead of sorting every match.
create index volunteer_last_name on volunteer (last_name, id);
