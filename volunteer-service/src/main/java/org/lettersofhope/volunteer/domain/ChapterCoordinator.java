package org.lettersofhope.volunteer.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A volunteer who coordinates a chapter. */
@Entity
@Table(name = "chapter_coordinator")
@IdClass(ChapterCoordinator.Key.class)
public class ChapterCoordinator {

    @Id
    @Column(name = "chapter_id")
    public UUID chapterId;

    @Id
    @Column(name = "volunteer_id")
    public UUID volunteerId;

    @Column(nullable = false)
    public Instant since;

    public static class Key implements Serializable {
        public UUID chapterId;
        public UUID volunteerId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(chapterId, k.chapterId)
                    && Objects.equals(volunteerId, k.volunteerId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(chapterId, volunteerId);
        }
    }
}
