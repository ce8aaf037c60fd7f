package org.lettersofhope.commons.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * A person's token is only as good as their standing, which {@link VolunteerStandingProjection} keeps from
 * volunteer-service's events: the token of a volunteer who erased themselves is refused (401), and that of one who left
 * is marked so that it may read but not write ({@link FormerVolunteerWrites}, 403). Applies in every service, to every
 * role the token carries.
 */
@ApplicationScoped
public class VolunteerStandings implements SecurityIdentityAugmentor {

    /** The attribute that marks the identity of a volunteer who left. */
    public static final String ATTRIBUTE = "letters.volunteer-standing";
    public static final String LEFT = "LEFT";
    public static final String ERASED = "ERASED";

    @Inject
    DataSource dataSource;

    @Override
    public int priority() {
        return 50;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Uni.createFrom().item(identity);
        }
        Optional<UUID> subject = TrustedClaims.uuid(jwt.getSubject());
        if (subject.isEmpty()) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> {
            String standing = standingOf(subject.get());
            if (standing == null) {
                return identity;
            }
            if (ERASED.equals(standing)) {
                throw new AuthenticationFailedException("the token's volunteer was erased");
            }
            return QuarkusSecurityIdentity.builder(identity).addAttribute(ATTRIBUTE, standing).build();
        });
    }

    /**
     * One primary-key lookup on a table of the few who left or were erased, on a plain connection: it runs for every
     * request with a person's token, so it stays off the transaction and entity machinery.
     */
    private String standingOf(UUID volunteer) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "select standing from volunteer_standing where volunteer_id = ?")) {
            ps.setObject(1, volunteer);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            // Fail closed: without knowing the standing, the token does not get through.
            throw new IllegalStateException("volunteer standing could not be read", e);
        }
    }
}
