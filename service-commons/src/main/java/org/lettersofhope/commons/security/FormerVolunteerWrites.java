package org.lettersofhope.commons.security;

import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.lettersofhope.commons.rest.Problems;
import org.lettersofhope.shared.problem.Problem;
import org.lettersofhope.shared.problem.ProblemTypes;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;

/**
 * A volunteer who left keeps a token that still verifies until it expires: it may read (their own data, say), but
 * every write of every service, public ones included, is refused with a 403 problem of type
 * {@link ProblemTypes#VOLUNTEER_LEFT} — except those marked {@link AllowedAfterLeaving}. Runs before the body is
 * read, whatever role the token carries.
 */
public class FormerVolunteerWrites {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    CurrentIdentityAssociation identities;

    @ServerRequestFilter
    public Uni<Response> refuseWritesOfFormerVolunteers(ContainerRequestContext request, ResourceInfo resource) {
        if (READS.contains(request.getMethod())
                || (resource.getResourceMethod() != null
                        && resource.getResourceMethod().isAnnotationPresent(AllowedAfterLeaving.class))) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity().map(identity -> {
            if (!VolunteerStandings.LEFT.equals(identity.getAttribute(VolunteerStandings.ATTRIBUTE))) {
                return null;
            }
            return Problems.response(new Problem(ProblemTypes.VOLUNTEER_LEFT, Problems.title(403), 403,
                    "Your token is that of a volunteer who left: it may read, but no longer change anything.",
                    Problems.instance(request.getUriInfo().getPath()), null));
        });
    }
}
