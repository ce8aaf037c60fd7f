package org.lettersofhope.shared.event.chapter;

import java.time.Instant;
import java.util.UUID;

import org.lettersofhope.shared.event.DomainEvent;

/** A founder proposed a chapter near a detention facility. */
public record ChapterProposed(UUID chapterId, String region, Instant at) implements DomainEvent {

    public ChapterProposed {
        DomainEvent.requireId(chapterId, "chapterId");
    }

    @Override
    public UUID aggregateId() {
        return chapterId;
    }
}
