package org.lettersofhope.letter.domain;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class FacilityRepository implements PanacheRepositoryBase<Facility, UUID> {

    public Optional<Facility> find(UUID id) {
        return id == null ? Optional.empty() : findByIdOptional(id);
    }

    /** Facilities by name; {@code active} null lists all. */
    public PanacheQuery<Facility> search(Boolean active, String region) {
        Sort sort = Sort.by("name").and("id");
        if (active == null && region == null) {
            return findAll(sort);
        }
        if (region == null) {
            return find("active = :active", sort, Parameters.with("active", active));
        }
        if (active == null) {
            return find("region = :region", sort, Parameters.with("region", region));
        }
        return find("active = :active and region = :region", sort,
                Parameters.with("active", active).and("region", region));
    }

    /**
     * The active facilities whose coordinates are known, in {@code region} if not null. Headquarters keeps a few
     * hundred facilities: a distance search reads them all and orders them in the service.
     */
    public java.util.List<Facility> activeWithCoordinates(String region) {
        return region == null
                ? list("active = true and latitude is not null", Sort.by("name").and("id"))
                : list("active = true and latitude is not null and region = ?1", Sort.by("name").and("id"), region);
    }
}
