package org.lettersofhope.commons.rest;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lettersofhope.commons.security.Caller;

import io.quarkus.security.Authenticated;

/** Lets a new user check that their token or API key works, and what it allows. */
@SecuritySchemes({
        @SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
                bearerFormat = "JWT", description = "A person's token with roles volunteer, coordinator (with headquarters, or a "
                        + "chapter_id) or admin"),
        @SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.APIKEY,
                in = SecuritySchemeIn.HEADER, apiKeyName = "X-API-Key",
                description = "A partner chapter's or dashboard's key, issued by an admin") })
@Path("/api/whoami")
@Tag(name = "Access", description = "Authentication and API keys")
@Produces(MediaType.APPLICATION_JSON)
public class WhoAmIResource {

    @Inject
    Caller caller;

    @Schema(name = "Caller")
    public record CallerResponse(
            @Schema(description = "JWT subject, or api-key:<key id>") String name,
            @Schema(examples = "[\"coordinator\"]") List<String> roles,
            @Schema(description = "The chapter the token or key is scoped to, if any") UUID chapterId,
            @Schema(description = "Acts for every chapter: an admin, or a coordinator with the headquarters role")
            boolean headquarters,
            @Schema(examples = "jwt", enumeration = { "jwt", "api-key" }) String kind) {
    }

    @GET
    @Authenticated
    @Operation(operationId = "whoAmI", summary = "Who the service thinks you are",
            description = "Answers with the name, roles and chapter of the bearer token or X-API-Key sent.")
    @APIResponse(responseCode = "200", description = "The caller",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CallerResponse.class)))
    @APIResponse(responseCode = "401", description = "No valid token or key: a bad signature, issuer or audience, "
            + "expired, a lifetime above the maximum, an unreadable chapter_id, both headquarters and chapter_id, or "
            + "the token of an erased volunteer")
    public CallerResponse whoami() {
        return new CallerResponse(caller.name(), caller.roles().stream().sorted().toList(),
                caller.chapterId().orElse(null), caller.isHeadquarters(), caller.isApiKey() ? "api-key" : "jwt");
    }
}
