package org.lettersofhope.letter.domain;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class LetterTransitionRepository implements PanacheRepositoryBase<LetterTransition, UUID> {

    /** The letter's history, oldest first. */
    public List<LetterTransition> history(UUID letterId) {
        return list("letterId", Sort.by("changedAt").and("id"), letterId);
    }
}
