package org.lettersofhope.volunteer.rest;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lettersofhope.commons.rest.ETags;
import org.lettersofhope.commons.persistence.GroupCommit;
import org.lettersofhope.commons.rest.Idempotency;
import org.lettersofhope.commons.rest.PageParams;
import org.lettersofhope.commons.rest.PageResponse;
import org.lettersofhope.commons.rest.QueryParams;
import org.lettersofhope.commons.rest.RateLimited;
import org.lettersofhope.commons.security.AllowedAfterLeaving;
import org.lettersofhope.commons.security.Caller;
import org.lettersofhope.commons.security.Roles;
import org.lettersofhope.shared.event.Regions;
import org.lettersofhope.shared.event.volunteer.VolunteerRole;
import org.lettersofhope.shared.event.volunteer.VolunteerStatus;
import org.lettersofhope.volunteer.domain.Availability;
import org.lettersofhope.volunteer.domain.Volunteer;
import org.lettersofhope.volunteer.domain.VolunteerRepository;
import org.lettersofhope.volunteer.domain.VolunteerSearch;
import org.lettersofhope.volunteer.service.ChapterService;
import org.lettersofhope.volunteer.service.SignUpService;
import org.lettersofhope.volunteer.service.VolunteerService;

@Path("/api/volunteers")
@Tag(name = "Volunteers", description = "People who help")
@Produces(MediaType.APPLICATION_JSON)
public class VolunteerResource {


    @Inject
    VolunteerService service;

    @Inject
    SignUpService signUps;

    @Inject
    ChapterService chapters;

    @Inject
    Caller caller;

    @Inject
    Idempotency idempotency;

    @Inject
    GroupCommit groupCommit;

    @POST
    @PermitAll
    @RateLimited
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "signUpVolunteer", summary = "Sign up as a volunteer",
            description = "Public intake with double opt-in. The answer is always the same 202 receipt, whether the "
                    + "email (any letter case) is new or already known, and carries no id. A link is mailed to the "
                    + "address; nothing is recorded as anyone's until it is followed "
                    + "(`POST /api/volunteers/confirmations`). For a new address that makes the volunteer (counted "
                    + "from then on); for a known one it changes only the fields this sign-up carries and never "
                    + "erases a field it leaves out. At most a few links per address are open at once; further "
                    + "sign-ups are answered alike and mail nothing. A retry with the same Idempotency-Key answers "
                    + "the first request.")
    @APIResponse(responseCode = "202", description = "Sign-up received; check your email (with Idempotent-Replayed: "
            + "true when it answers an earlier request with the same Idempotency-Key)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RegistrationReceipt.class),
                    examples = @ExampleObject(name = "received", value = "{\"status\":\"CHECK_YOUR_EMAIL\","
                            + "\"detail\":\"" + RegistrationReceipt.DETAIL + "\"}")))
    @APIResponse(responseCode = "400", description = "Invalid or malformed sign-up; the offending fields are listed")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with a different sign-up")
    @APIResponse(responseCode = "429", description = "Too many sign-ups from your address; see Retry-After")
    @APIResponse(responseCode = "503", description = "Confirmation mails are waiting for the mail relay beyond the "
            + "service's bound; nothing was written: send the same sign-up again after Retry-After")
    public Response register(@NotNull @Valid VolunteerForm form,
            @HeaderParam(Idempotency.HEADER) @Parameter(description = Idempotency.HEADER_DESCRIPTION,
                    schema = @Schema(maxLength = 100, pattern = Idempotency.KEY_PATTERN)) String idempotencyKey) {
        signUps.requireMailRoom(); // before the shared transaction, so that a refusal costs the others nothing
        Idempotency.Outcome<RegistrationReceipt> outcome = groupCommit.run(() -> idempotency.once(idempotencyKey,
                "sign-up", form, RegistrationReceipt.class, () -> {
                    signUps.submit(form.toSignUp());
                    return RegistrationReceipt.CHECK_YOUR_EMAIL;
                }));
        return Response.accepted(outcome.result())
                .header(Idempotency.REPLAYED_HEADER, outcome.replayed() ? "true" : null).build();
    }

    @POST
    @Path("/confirmations")
    @PermitAll
    @RateLimited
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "confirmSignUp", summary = "Confirm a sign-up with the link mailed to its address",
            description = "Public: the token from the mailed link proves that the caller owns the address. A new "
                    + "address becomes a volunteer, with their address confirmed and their contact consent recorded "
                    + "now; a known one gets the sign-up's fields, and keeps every field the sign-up left out. A "
                    + "link works once and expires (24 hours by default); an unknown, used or expired token is one "
                    + "and the same 400 problem.")
    @APIResponse(responseCode = "200", description = "Confirmed; your volunteer id",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SignUpConfirmation.class),
                    examples = @ExampleObject(name = "confirmed", value = "{\"volunteerId\":"
                            + "\"2f7d0c1e-59b4-4d7a-9a43-8c1f0e6b2d11\",\"status\":\"CONFIRMED\","
                            + "\"emailConfirmedAt\":\"2026-12-01T18:30:00Z\"}")))
    @APIResponse(responseCode = "400", description = "No token, a malformed one, or one that is unknown, used or "
            + "expired (field `token`)")
    public SignUpConfirmation confirm(@NotNull @Valid ConfirmationRequest request) {
        SignUpService.Confirmed done = signUps.confirm(request.token());
        return new SignUpConfirmation(done.volunteerId(), "CONFIRMED", done.emailConfirmedAt());
    }

    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN, Roles.PARTNER })
    @Operation(operationId = "searchVolunteers", summary = "Find volunteers",
            description = "Filters combine with AND. A chapter's coordinator or partner key sees that chapter's "
                    + "volunteers only. `updatedSince` with `sort=updatedAt` syncs incrementally. `hasNext` tells "
                    + "whether another page exists; `totalItems` is given with `includeTotal=true`.")
    @APIResponse(responseCode = "200", description = "A page of volunteers")
    @APIResponse(responseCode = "400", description = "An invalid filter")
    @APIResponse(responseCode = "403", description = "Not a coordinator, admin or partner")
    public PageResponse<VolunteerResponse> search(@Valid @BeanParam PageParams page,
            @QueryParam("role") @Parameter(schema = @Schema(implementation = VolunteerRole.class)) String role,
            @QueryParam("chapterId") @Parameter(schema = @Schema(format = "uuid")) String chapterId,
            @QueryParam("skill") @Size(max = 40) String skill,
            @QueryParam("language") @Parameter(description = "ISO 639-1") @Size(max = 2) String language,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = VolunteerStatus.class)) String status,
            @QueryParam("region") @Parameter(description = "ISO 3166-2", schema = @Schema(pattern = Regions.PATTERN))
            String region,
            @QueryParam("availability") @Parameter(schema = @Schema(implementation = Availability.class))
            String availability,
            @QueryParam("minHoursPerWeek") @Parameter(schema = @Schema(minimum = "0", maximum = "80"))
            @jakarta.validation.constraints.Min(0) @jakarta.validation.constraints.Max(80) Integer minHoursPerWeek,
            @QueryParam("q") @Parameter(description = "Words matched at the start of names, email, city, skills")
            @Size(max = 100) String q,
            @QueryParam("updatedSince") @Parameter(description = "ISO-8601 instant", schema = @Schema(format = "date-time"))
            String updatedSince,
            @QueryParam("sort") @Parameter(description = "createdAt, updatedAt or lastName (default -createdAt); a leading - sorts "
                    + "descending", schema = @Schema(pattern = SORT)) String sort,
            @QueryParam("includeTotal") @Parameter(description = "Also count all matches (totalItems); slower on "
                    + "broad filters") boolean includeTotal) {
        if (region != null && !Regions.isValid(region)) {
            throw QueryParams.invalid("region", "must be an ISO 3166-2 code such as US-CA");
        }
        String order = sort == null ? "-createdAt" : sort;
        if (!order.matches(SORT)) {
            throw QueryParams.invalid("sort", "must be createdAt, updatedAt or lastName, optionally with a leading -");
        }
        boolean descending = order.startsWith("-");
        VolunteerSearch.Sort by = switch (order.replace("-", "")) {
            case "updatedAt" -> VolunteerSearch.Sort.UPDATED_AT;
            case "lastName" -> VolunteerSearch.Sort.LAST_NAME;
            default -> VolunteerSearch.Sort.CREATED_AT;
        };
        UUID scope = caller.isHeadquarters() ? null : caller.chapterId().orElseThrow(ForbiddenException::new);
        VolunteerSearch search = new VolunteerSearch(QueryParams.enumValue(VolunteerRole.class, role, "role"),
                QueryParams.uuid(chapterId, "chapterId"), lower(skill), lower(language),
                QueryParams.enumValue(VolunteerStatus.class, status, "status"),
                region == null ? null : Regions.normalize(region),
                QueryParams.enumValue(Availability.class, availability, "availability"), minHoursPerWeek, q,
                QueryParams.instant(updatedSince, "updatedSince"), by, descending, page.offset(), page.size, scope,
                includeTotal);
        VolunteerRepository.Found found = service.search(search);
        return PageResponse.ofSlice(found.items(), page, found.total(), VolunteerResponse::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.VOLUNTEER, Roles.COORDINATOR, Roles.ADMIN, Roles.PARTNER })
    @Operation(operationId = "getVolunteer", summary = "Read a volunteer",
            description = "A volunteer reads their own profile; coordinators and partner keys those of their chapter.")
    @APIResponse(responseCode = "200", description = "The volunteer; the ETag header carries its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VolunteerResponse.class)))
    @APIResponse(responseCode = "403", description = "A role that never reads volunteers")
    @APIResponse(responseCode = "404", description = "No such volunteer, or not one you may see")
    public Response read(@PathParam("id") UUID id) {
        return withETag(visible(id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.VOLUNTEER, Roles.COORDINATOR, Roles.ADMIN, Roles.PARTNER })
    @Operation(operationId = "updateVolunteer", summary = "Update a volunteer's profile",
            description = "Replaces the profile. Send the ETag you read in If-Match: a stale one is refused with 412.")
    @APIResponse(responseCode = "200", description = "Updated; the new ETag is in the header",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VolunteerResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid profile")
    @APIResponse(responseCode = "403", description = "A role that never changes volunteers")
    @APIResponse(responseCode = "404", description = "No such volunteer, or not one you may change")
    @APIResponse(responseCode = "409", description = "The new email belongs to another volunteer")
    @APIResponse(responseCode = "412", description = "The profile changed since you read it")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response update(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag you read", required = true)
            String ifMatch, @NotNull @Valid VolunteerForm form) {
        visible(id);
        long version = ETags.requireVersion(ifMatch);
        return withETag(service.update(id, version, form.toProfile()));
    }

    @POST
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN, Roles.PARTNER })
    @Operation(operationId = "changeVolunteerStatus", summary = "Move a volunteer along their lifecycle",
            description = "APPLIED → ACTIVE → PAUSED ⇄ ACTIVE; any → LEFT; LEFT → ACTIVE.")
    @APIResponse(responseCode = "200", description = "The volunteer after the change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VolunteerResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid status")
    @APIResponse(responseCode = "403", description = "Not a coordinator, admin or partner")
    @APIResponse(responseCode = "404", description = "No such volunteer, or not one you may change")
    @APIResponse(responseCode = "409", description = "Not allowed from the current status; `allowed` lists what is")
    public Response changeStatus(@PathParam("id") UUID id, @NotNull @Valid VolunteerActions.StatusChange change) {
        visible(id);
        return withETag(service.changeStatus(id, change.status()));
    }

    @POST
    @Path("/{id}/guidelines-acceptance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(operationId = "acceptGuidelines", summary = "Accept the Letter Writing Guidelines",
            description = "A volunteer records that they read and accept a version; pen-pal matching needs the current one. "
                    + "The version must be one letter-service has published: volunteer-service learns them from "
                    + "letter-service's GuidelinesPublished events, usually within a second of publication.")
    @APIResponse(responseCode = "200", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VolunteerResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid version")
    @APIResponse(responseCode = "403", description = "Not a volunteer")
    @APIResponse(responseCode = "404", description = "Not your own record")
    @APIResponse(responseCode = "422", description = "No such published version; the violation names `version`")
    public Response acceptGuidelines(@PathParam("id") UUID id,
            @NotNull @Valid VolunteerActions.GuidelinesAcceptance acceptance) {
        self(id);
        return withETag(service.acceptGuidelines(id, acceptance.version()));
    }

    @PUT
    @Path("/{id}/chapter")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.VOLUNTEER, Roles.COORDINATOR, Roles.ADMIN })
    @Operation(operationId = "moveVolunteerToChapter", summary = "Join a chapter, or leave it",
            description = "A volunteer belongs to at most one chapter, which must be active. The volunteer themselves "
                    + "or headquarters may move them.")
    @APIResponse(responseCode = "200", description = "The volunteer after the move",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VolunteerResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid request")
    @APIResponse(responseCode = "403", description = "A role that never moves volunteers")
    @APIResponse(responseCode = "404", description = "Not a volunteer you may move")
    @APIResponse(responseCode = "409", description = "The chapter is not active")
    @APIResponse(responseCode = "422", description = "No such chapter")
    public Response moveToChapter(@PathParam("id") UUID id, @NotNull @Valid VolunteerActions.ChapterMembership body) {
        if (!caller.isHeadquarters()) {
            self(id);
        } else {
            visible(id);
        }
        if (body.chapterId() != null) {
            chapters.requireActive(body.chapterId());
        }
        return withETag(service.moveToChapter(id, body.chapterId()));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ Roles.VOLUNTEER, Roles.ADMIN })
    @AllowedAfterLeaving
    @Operation(operationId = "eraseVolunteer", summary = "Erase a volunteer",
            description = "Removes their personal data for good; anonymous counts survive. Their RSVPs lose their "
                    + "name and email (places at events still to come are given up), events they host that have "
                    + "not ended are cancelled, and every hosted event loses its host, venue, street address, "
                    + "meeting link and wording; letter-service and tally-service drop the volunteer's id from "
                    + "what they hold. The volunteer themselves or an admin on their behalf.")
    @APIResponse(responseCode = "204", description = "Erased")
    @APIResponse(responseCode = "403", description = "Neither the volunteer nor an admin")
    @APIResponse(responseCode = "404", description = "No such volunteer (or already erased)")
    public Response erase(@PathParam("id") UUID id) {
        if (!caller.is(Roles.ADMIN)) {
            self(id);
        }
        if (!service.erase(id)) {
            throw new NotFoundException();
        }
        return Response.noContent().build();
    }

    /** The volunteer if the caller may see it: themselves, or a chapter they act for. Otherwise 404. */
    private Volunteer visible(UUID id) {
        Volunteer v = service.find(id).orElseThrow(NotFoundException::new);
        boolean own = caller.is(Roles.VOLUNTEER) && caller.subject().map(id::equals).orElse(false);
        if (!own && !caller.actsFor(v.chapterId)) {
            throw new NotFoundException();
        }
        return v;
    }

    private Volunteer self(UUID id) {
        if (!caller.subject().map(id::equals).orElse(false)) {
            throw new NotFoundException();
        }
        return service.find(id).orElseThrow(NotFoundException::new);
    }

    private static Response withETag(Volunteer v) {
        return Response.ok(VolunteerResponse.of(v)).tag(ETags.of(v.version)).build();
    }

    private static String lower(String s) {
        return s == null || s.isBlank() ? null : s.strip().toLowerCase(java.util.Locale.ROOT);
    }

    static final String SORT = "^-?(createdAt|updatedAt|lastName)$";


}
