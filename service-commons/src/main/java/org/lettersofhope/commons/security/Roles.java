package org.lettersofhope.commons.security;

/**
 * The roles endpoints are guarded by. People carry them in the JWT {@code groups} claim; API keys are given
 * {@link #PARTNER} (scoped to one chapter) or {@link #DASHBOARD} (read-only tallies). A coordinator acts for the
 * chapter their token's {@code chapter_id} names, or for every chapter when it also carries {@link #HEADQUARTERS};
 * with neither they act for no chapter.
 */
public final class Roles {

    public static final String VOLUNTEER = "volunteer";
    public static final String COORDINATOR = "coordinator";
    public static final String ADMIN = "admin";
    /**
     * Qualifies {@link #COORDINATOR}: a coordinator of headquarters, who acts for every chapter. Only ever an explicit
     * fact of the token, never inferred from a missing {@code chapter_id}; a token with both is refused.
     */
    public static final String HEADQUARTERS = "headquarters";
    public static final String PARTNER = "partner";
    public static final String DASHBOARD = "dashboard";

    private Roles() {
    }
}
