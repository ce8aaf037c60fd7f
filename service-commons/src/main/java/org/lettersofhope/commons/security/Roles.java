package org.lettersofhope.commons.security;

/**
 * The roles endpoints are guarded by. People carry them in the JWT {@code groups} claim; API keys are given
 * {@link #PARTNER} (scoped to one chapter) or {@link #DASHBOARD} (read-only tallies).
 */
public final class Roles {

    public static final String VOLUNTEER = "volunteer";
    public static final String COORDINATOR = "coordinator";
    public static final String ADMIN = "admin";
    public static final String PARTNER = "partner";
    public static final String DASHBOARD = "dashboard";

    private Roles() {
    }
}
