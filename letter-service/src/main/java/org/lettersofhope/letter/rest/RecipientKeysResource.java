package org.lettersofhope.letter.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lettersofhope.commons.security.Roles;
import org.lettersofhope.letter.service.RecipientKeyRotation;

/** Recipient key rotation, for admins only: see docs/operations.md for the procedure. */
@Path("/api/admin/recipient-keys")
@Tag(name = "Recipient keys", description = "Rotating the keys that protect recipients' identifiers (admins only)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = "bearer")
public class RecipientKeysResource {

    @Inject
    RecipientKeyRotation rotation;

    @GET
    @Operation(operationId = "getRecipientKeyStatus",
            summary = "Recipient key status", description = "The current key version, how many recipients are "
            + "under each version, and the last re-encryption's progress.")
    @APIResponse(responseCode = "200", description = "The status", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecipientKeyRotation.Status.class)))
    @APIResponse(responseCode = "403", description = "Not an admin")
    public RecipientKeyRotation.Status status() {
        return rotation.status();
    }

    @POST
    @Path("/re-encrypt")
    @Operation(operationId = "reEncryptRecipients",
            summary = "Re-encrypt every recipient under the current key version",
            description = "Starts, in the background, moving every recipient whose identifiers are under an older "
                    + "(retired) key version to the current one, in small batches: letters, lookups and "
                    + "registrations go on meanwhile. Asked again while it runs, it answers the running one's "
                    + "status. Follow it with GET /api/admin/recipient-keys; once no recipient is under a retired "
                    + "version, that version can be removed from LETTERS_RECIPIENTS_RETIRED_KEYS.")
    @APIResponse(responseCode = "202", description = "Started (or already running)", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecipientKeyRotation.Status.class)))
    @APIResponse(responseCode = "403", description = "Not an admin")
    public Response reEncrypt() {
        return Response.accepted(rotation.start()).build();
    }
}
