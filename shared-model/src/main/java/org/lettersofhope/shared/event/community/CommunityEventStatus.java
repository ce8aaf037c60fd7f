package org.lettersofhope.shared.event.community;

/** Where a community event is in its review: proposed by a host, then approved or rejected; cancelled by either. */
public enum CommunityEventStatus {
    PROPOSED,
    APPROVED,
    REJECTED,
    CANCELLED
}
