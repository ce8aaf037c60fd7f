package org.lettersofhope.shared.event.community;

/** Where a community event happens: at a venue, online, or both. */
public enum CommunityEventFormat {
    IN_PERSON,
    VIRTUAL,
    HYBRID
}
