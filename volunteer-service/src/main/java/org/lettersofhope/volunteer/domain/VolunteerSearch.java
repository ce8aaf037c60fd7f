package org.lettersofhope.volunteer.domain;

import java.time.Instant;
import java.util.UUID;

import org.lettersofhope.shared.event.volunteer.VolunteerRole;
import org.lettersofhope.shared.event.volunteer.VolunteerStatus;

/**
 * A coordinator's filters, already validated. Null means "any". {@code scopeChapter} limits the search to one
 * chapter for callers who act for that chapter only.
 */
public record VolunteerSearch(VolunteerRole role, UUID chapterId, String skill, String language,
        VolunteerStatus status, String region, Availability availability, Integer minHoursPerWeek, String text,
        Instant updatedSince, Sort sort, boolean descending, int offset, int limit, UUID scopeChapter,
        boolean countTotal) {

    public enum Sort {
        CREATED_AT("created_at"),
        UPDATED_AT("updated_at"),
        LAST_NAME("last_name");

        final String column;

        Sort(String column) {
            this.column = column;
        }
    }
}
