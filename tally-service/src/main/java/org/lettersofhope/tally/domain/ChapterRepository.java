package org.lettersofhope.tally.domain;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ChapterRepository implements PanacheRepositoryBase<Chapter, UUID> {

    public Optional<Chapter> find(UUID id) {
        return findByIdOptional(id);
    }
}
