-- Where a facility is, so that the public finds the facilities near them (a chapter founder, say). Both or neither.
alter table facility
    add column latitude  double precision,
    add column longitude double precision,
    add constraint facility_coordinates check (
        (latitude is null) = (longitude is null)
        and (latitude is null or (latitude between -90 and 90 and longitude between -180 and 180)));
