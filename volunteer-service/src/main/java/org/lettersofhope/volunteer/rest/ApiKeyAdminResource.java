package org.lettersofhope.volunteer.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lettersofhope.commons.rest.PageParams;
import org.lettersofhope.commons.rest.PageResponse;
import org.lettersofhope.commons.security.Roles;
import org.lettersofhope.volunteer.service.ApiKeyService;

@Path("/api/admin/api-keys")
@Tag(name = "Access", description = "Authentication and API keys")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class ApiKeyAdminResource {

    @Inject
    ApiKeyService service;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "issueApiKey", summary = "Issue an API key",
            description = "The key works on every service within seconds. Its secret is in this answer only, so "
                    + "no Idempotency-Key is taken: a stored answer would keep the secret.")
    @APIResponse(responseCode = "201", description = "Issued",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ApiKeyResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid request")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "409", description = "The chapter is not active")
    @APIResponse(responseCode = "422", description = "No such chapter")
    public Response issue(@NotNull @Valid ApiKeyRequest request) {
        ApiKeyService.IssuedKey issued = service.issue(request.scope(), request.chapterId(), request.label());
        return Response.created(URI.create("/api/admin/api-keys/" + issued.key().id))
                .entity(ApiKeyResponse.of(issued.key(), issued.plaintext())).build();
    }

    @GET
    @Operation(operationId = "listApiKeys",
            summary = "List API keys", description = "A page, newest first; secrets are never shown.")
    @APIResponse(responseCode = "200", description = "A page of keys")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public PageResponse<ApiKeyResponse> list(@Valid @BeanParam PageParams page) {
        return PageResponse.ofSlice(service.list(page.offset(), page.size + 1), page, null,
                k -> ApiKeyResponse.of(k, null));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "revokeApiKey",
            summary = "Revoke an API key", description = "Every service stops accepting it within seconds.")
    @APIResponse(responseCode = "204", description = "Revoked (or already revoked)")
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "404", description = "No such key")
    public Response revoke(@PathParam("id") UUID id) {
        service.revoke(id).orElseThrow(NotFoundException::new);
        return Response.noContent().build();
    }
}
