package org.lettersofhope.shared.event.letter;

import java.time.Instant;
import java.util.UUID;

import org.lettersofhope.shared.event.DomainEvent;

/**
 * A version of the Letter Writing Guidelines was published; the one published last is current. Other services keep
 * the labels so that a volunteer can accept only a version that exists. Carries the label, never the text.
 */
public record GuidelinesPublished(UUID versionId, String version, Instant publishedAt) implements DomainEvent {

    public GuidelinesPublished {
        DomainEvent.requireId(versionId, "versionId");
    }

    @Override
    public UUID aggregateId() {
        return versionId;
    }
}
