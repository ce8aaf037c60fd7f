package org.lettersofhope.shared.event.community;

/** What a community event is for. */
public enum CommunityEventKind {
    LETTER_WRITING,
    POSTCARD_PARTY,
    ORGANIZING_MEETING,
    INFO_SESSION
}
