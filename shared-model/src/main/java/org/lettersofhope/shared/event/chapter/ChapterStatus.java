package org.lettersofhope.shared.event.chapter;

/** A chapter is proposed by a founder, activated by an admin, and may go dormant (and come back). */
public enum ChapterStatus {
    PROPOSED,
    ACTIVE,
    DORMANT
}
