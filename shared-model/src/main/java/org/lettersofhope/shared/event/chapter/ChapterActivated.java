package org.lettersofhope.shared.event.chapter;

import java.time.Instant;
import java.util.UUID;

import org.lettersofhope.shared.event.DomainEvent;

/** An admin activated a chapter (or woke a dormant one). */
public record ChapterActivated(UUID chapterId, String region, Instant at) implements DomainEvent {

    public ChapterActivated {
        DomainEvent.requireId(chapterId, "chapterId");
    }

    @Override
    public UUID aggregateId() {
        return chapterId;
    }
}
