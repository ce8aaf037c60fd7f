package org.lettersofhope.letter.rest;

import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lettersofhope.commons.rest.PageParams;
import org.lettersofhope.commons.rest.PageResponse;
import org.lettersofhope.commons.security.Roles;
import org.lettersofhope.letter.domain.PenPalMatchRepository;
import org.lettersofhope.letter.domain.RecipientRepository;
import org.lettersofhope.letter.service.FollowUpService;

/** Headquarters' weekly follow-ups: quiet pen pals and detained people without letters. */
@Path("/api/follow-ups")
@Tag(name = "Follow-ups", description = "Who headquarters should follow up with: writers who have not written to "
        + "their pen pal, detained people who have had no letter, for some weeks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
public class FollowUpResource {

    /** How many weeks without a letter count; read as text, so that a non-number is a 400 naming it, not a 404. */
    public static class Weeks {
        @QueryParam("weeks")
        @DefaultValue("3")
        @Pattern(regexp = "^([1-9]|[1-4][0-9]|5[0-2])$", message = "must be 1 to 52")
        @Parameter(description = "How many weeks without a letter (1 to 52, default 3)",
                schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "52", defaultValue = "3"))
        public String weeks;

        int count() {
            return Integer.parseInt(weeks);
        }
    }

    @Inject
    FollowUpService service;

    @Schema(name = "QuietPenPal", description = "An active match whose writer has not written for the weeks asked")
    public record QuietPenPal(
            @Schema(required = true) UUID matchId,
            @Schema(required = true) UUID writerId,
            @Schema(required = true) UUID recipientId,
            @Schema(required = true) Instant matchedAt,
            @Schema(nullable = true, description = "When the writer last logged a letter to this pen pal; null if "
                    + "never") Instant lastLetterAt) {

        static QuietPenPal of(PenPalMatchRepository.Quiet q) {
            return new QuietPenPal(q.matchId(), q.writerId(), q.recipientId(), q.matchedAt(), q.lastLetterAt());
        }
    }

    @Schema(name = "UnwrittenRecipient", description = "A detained person, consenting to letters, who has had none "
            + "logged for the weeks asked")
    public record UnwrittenRecipient(
            @Schema(required = true) UUID recipientId,
            @Schema(required = true) UUID facilityId,
            @Schema(nullable = true, description = "Their active pen-pal match, if any") UUID penPalMatchId,
            @Schema(required = true) Instant registeredAt,
            @Schema(nullable = true, description = "When a letter (of any kind) was last logged for them; null if "
                    + "never") Instant lastLetterAt) {

        static UnwrittenRecipient of(RecipientRepository.Unwritten u) {
            return new UnwrittenRecipient(u.recipientId(), u.facilityId(), u.penPalMatchId(), u.registeredAt(),
                    u.lastLetterAt());
        }
    }

    @GET
    @Path("/pen-pals")
    @Operation(operationId = "listQuietPenPals", summary = "Pen pals gone quiet",
            description = "Headquarters only. Active matches whose writer has logged no letter to their pen pal for "
                    + "weeks weeks or more (counted from the match when there was none), the longest quiet first.")
    @APIResponse(responseCode = "200", description = "A page of quiet matches")
    @APIResponse(responseCode = "400", description = "Invalid weeks or paging parameter")
    @APIResponse(responseCode = "403", description = "Not headquarters")
    public PageResponse<QuietPenPal> quietPenPals(
            @BeanParam @Valid Weeks weeks,
            @BeanParam @Valid PageParams paging) {
        return PageResponse.ofSlice(service.quietPenPals(weeks.count(), paging), paging, null, QuietPenPal::of);
    }

    @GET
    @Path("/recipients")
    @Operation(operationId = "listUnwrittenRecipients", summary = "Detained people without letters",
            description = "Headquarters only. Detained recipients who consent to letters and have had no letter "
                    + "logged for weeks weeks or more (counted from their registration when there was none), the "
                    + "longest without first, with their pen pal's match if they have one.")
    @APIResponse(responseCode = "200", description = "A page of recipients")
    @APIResponse(responseCode = "400", description = "Invalid weeks or paging parameter")
    @APIResponse(responseCode = "403", description = "Not headquarters")
    public PageResponse<UnwrittenRecipient> unwrittenRecipients(
            @BeanParam @Valid Weeks weeks,
            @BeanParam @Valid PageParams paging) {
        return PageResponse.ofSlice(service.unwrittenRecipients(weeks.count(), paging), paging, null,
                UnwrittenRecipient::of);
    }
}
