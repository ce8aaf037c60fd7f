package org.lettersofhope.volunteer.domain;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ChapterCoordinatorRepository
        implements PanacheRepositoryBase<ChapterCoordinator, ChapterCoordinator.Key> {
}
