package org.lettersofhope.shared.event.chapter;

import java.time.Instant;
import java.util.UUID;

import org.lettersofhope.shared.event.DomainEvent;

/** A chapter went dormant. */
public record ChapterDormant(UUID chapterId, String region, Instant at) implements DomainEvent {

    public ChapterDormant {
        DomainEvent.requireId(chapterId, "chapterId");
    }

    @Override
    public UUID aggregateId() {
        return chapterId;
    }
}
