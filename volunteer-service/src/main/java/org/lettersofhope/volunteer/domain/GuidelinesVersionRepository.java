package org.lettersofhope.volunteer.domain;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class GuidelinesVersionRepository implements PanacheRepositoryBase<GuidelinesVersion, String> {

    public Optional<GuidelinesVersion> find(String version) {
        return version == null ? Optional.empty() : findByIdOptional(version);
    }
}
