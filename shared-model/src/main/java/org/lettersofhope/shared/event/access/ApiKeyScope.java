package org.lettersofhope.shared.event.access;

/** What an API key may do: a partner chapter's integration, or a read-only dashboard. */
public enum ApiKeyScope {
    /** Sees and changes only its own chapter's records. */
    PARTNER,
    /** Reads tallies, nothing else. */
    DASHBOARD
}
