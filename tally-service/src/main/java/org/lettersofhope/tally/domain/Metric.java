package org.lettersofhope.tally.domain;

/** What tally-service counts. Each metric has exactly one source, named here, so nothing is counted twice. */
public enum Metric {
    /** Source: volunteer-service's VolunteerRegistered events. */
    VOLUNTEERS_REGISTERED;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
