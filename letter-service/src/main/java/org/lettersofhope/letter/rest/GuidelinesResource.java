package org.lettersofhope.letter.rest;

import java.net.URI;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lettersofhope.commons.rest.Idempotency;
import org.lettersofhope.commons.rest.PageParams;
import org.lettersofhope.commons.rest.PageResponse;
import org.lettersofhope.commons.rest.RateLimited;
import org.lettersofhope.commons.security.Roles;
import org.lettersofhope.letter.domain.GuidelinesVersion;
import org.lettersofhope.letter.service.GuidelinesService;
import org.lettersofhope.letter.service.Slice;

/** The Letter Writing Guidelines, versioned. */
@Path("/api/guidelines")
@Tag(name = "Guidelines", description = "The Letter Writing Guidelines every writer accepts; the version published "
        + "last is current")
@Produces(MediaType.APPLICATION_JSON)
public class GuidelinesResource {

    @Inject
    GuidelinesService service;

    @Inject
    Idempotency idempotency;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "publishGuidelines",
            summary = "Publish a new version of the guidelines", description = "For admins. It becomes current "
            + "at once; weekly writers must accept it (in volunteer-service) before they can be matched again. It is "
            + "announced to volunteer-service (GuidelinesPublished on letter.guidelines.v1, label and time only), "
            + "which accepts acceptances of published versions only.")
    @APIResponse(responseCode = "201", description = "Published (or, with Idempotent-Replayed: true, the answer to "
            + "the first request with this Idempotency-Key)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = GuidelinesResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid version; the offending fields are listed")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "409", description = "The version label is already published")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with a different request")
    public Response publish(@NotNull @Valid GuidelinesRequest request,
            @HeaderParam(Idempotency.HEADER) @Parameter(description = Idempotency.HEADER_DESCRIPTION,
                    schema = @Schema(maxLength = 100, pattern = Idempotency.KEY_PATTERN)) String idempotencyKey) {
        Idempotency.Outcome<GuidelinesResponse> outcome = idempotency.once(idempotencyKey, "publish-guidelines",
                request, GuidelinesResponse.class, () -> GuidelinesResponse.of(
                        service.publish(request.version(), request.title(), request.body()), true));
        return Idempotency.created(outcome, URI.create("/api/guidelines/" + outcome.result().version()));
    }

    @GET
    @Path("/current")
    @PermitAll
    @RateLimited(RateLimited.Budget.READS)
    @Operation(operationId = "getCurrentGuidelines",
            summary = "The current guidelines", description = "Public. The version published last, with its "
            + "text.")
    @APIResponse(responseCode = "200", description = "The current version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = GuidelinesResponse.class)))
    @APIResponse(responseCode = "404", description = "No version has been published yet")
    public GuidelinesResponse current() {
        return GuidelinesResponse.of(service.current().orElseThrow(NotFoundException::new), true);
    }

    @GET
    @PermitAll
    @RateLimited(RateLimited.Budget.READS)
    @Operation(operationId = "listGuidelines",
            summary = "List the versions", description = "Public. Newest first, without their text.")
    @APIResponse(responseCode = "200", description = "A page of versions")
    @APIResponse(responseCode = "400", description = "Invalid paging parameter")
    public PageResponse<GuidelinesResponse> list(@BeanParam @Valid PageParams paging) {
        Optional<String> current = service.currentVersion();
        Slice<GuidelinesVersion> slice = service.list(paging);
        return PageResponse.ofSlice(slice.itemsPlusOne(), paging, null,
                g -> GuidelinesResponse.summary(g, current.map(g.version::equals).orElse(false)));
    }

    @GET
    @Path("/{version}")
    @PermitAll
    @RateLimited(RateLimited.Budget.READS)
    @Operation(operationId = "getGuidelines", summary = "Read one version", description = "Public, with its text.")
    @APIResponse(responseCode = "200", description = "The version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = GuidelinesResponse.class)))
    @APIResponse(responseCode = "404", description = "No such version")
    public GuidelinesResponse get(@PathParam("version") @Parameter(schema = @Schema(
            pattern = GuidelinesRequest.VERSION)) String version) {
        Optional<String> current = service.currentVersion();
        GuidelinesVersion g = version.matches(GuidelinesRequest.VERSION) ? service.find(version).orElse(null) : null;
        if (g == null) {
            throw new NotFoundException();
        }
        return GuidelinesResponse.of(g, current.map(g.version::equals).orElse(false));
    }
}
