package org.lettersofhope.volunteer.service;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.lettersofhope.commons.rest.Emails;
import org.lettersofhope.commons.messaging.Outbox;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.Regions;
import org.lettersofhope.shared.event.volunteer.VolunteerRegistered;
import org.lettersofhope.shared.event.volunteer.VolunteerStatus;
import org.lettersofhope.volunteer.domain.EmailConfirmation;
import org.lettersofhope.volunteer.domain.EmailConfirmationRepository;
import org.lettersofhope.volunteer.domain.Volunteer;
import org.lettersofhope.volunteer.domain.VolunteerRepository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The public sign-up, with double opt-in. A sign-up changes nobody's record: it waits, with a single-use link mailed
 * to its address, until that link is followed. Only then does it become a volunteer (new address) or change the
 * volunteer who owns the address (known address; fields the sign-up left out stay as they are). The caller's answer is
 * the same either way, and carries no id.
 *
 * <p>A volunteer is counted (VolunteerRegistered) once they confirm: counts then hold only people who proved their
 * address, and a sign-up nobody confirms leaves no trace in any service.
 */
@ApplicationScoped
public class SignUpService {

    @Inject
    VolunteerRepository volunteers;

    @Inject
    EmailConfirmationRepository pending;

    @Inject
    VolunteerService volunteerService;

    @Inject
    Confirmations confirmations;

    @Inject
    ConfirmationMails mails;

    @Inject
    Outbox outbox;

    @Inject
    ObjectMapper json;

    /** Refuses with 503 while too many mails wait for the relay ({@link ConfirmationMails#requireRoom}). */
    public void requireMailRoom() {
        mails.requireRoom();
    }

    /**
     * Holds the sign-up and mails its link. Past the limit of open links for the address it holds and mails nothing;
     * the caller cannot tell. The caller checks {@link #requireMailRoom} first, outside the transaction (a refusal
     * inside a group-commit batch would roll the others back).
     */
    @Transactional
    public void submit(SignUp form) {
        String email = Emails.normalize(form.email());
        Instant now = Instant.now();
        // One address's sign-ups one at a time, so that the limit of open links holds under concurrent requests.
        volunteers.lockEmail(email);
        if (pending.countOpenSignUps(email, now) >= confirmations.maxOpen()) {
            return;
        }
        boolean known = volunteers.findByEmail(email).isPresent();
        String token = confirmations.issue(EmailConfirmation.Purpose.SIGN_UP, email, write(form), null, now);
        mails.signUp(email, form.firstName().strip(), known, confirmations.link("sign-up", token));
    }

    /** A followed sign-up link: the volunteer it made or changed, and when their address was confirmed. */
    public record Confirmed(UUID volunteerId, Instant emailConfirmedAt) {
    }

    /** Follows a sign-up link: creates the volunteer, or applies the sign-up to the one who owns the address. */
    @Transactional
    public Confirmed confirm(String token) {
        Instant now = Instant.now();
        EmailConfirmation link = confirmations.take(token, EmailConfirmation.Purpose.SIGN_UP, now);
        SignUp form = read(link.signUp);
        volunteers.lockEmail(link.email);
        Optional<Volunteer> existing = volunteers.findByEmail(link.email);
        Volunteer v;
        if (existing.isEmpty()) {
            v = new Volunteer();
            v.id = UUID.randomUUID();
            v.status = VolunteerStatus.APPLIED;
            v.createdAt = now;
            v.email = link.email;
            merge(v, form, now);
            volunteers.persist(v);
            outbox.record(EventTypes.VOLUNTEER_REGISTERED, new VolunteerRegistered(v.id, now, v.region, v.chapterId,
                    VolunteerService.roles(v), Set.of(v.languages)));
        } else {
            v = existing.get();
            VolunteerService.Shared before = VolunteerService.Shared.of(v);
            merge(v, form, now);
            volunteerService.announceIfShared(before, v, now);
        }
        volunteers.flush();
        return new Confirmed(v.id, v.emailConfirmedAt);
    }

    /**
     * Writes what the sign-up carries over the volunteer; a field it left out (null, or blank text) keeps its value.
     * The address is confirmed now if it was not before, and consent given now is recorded with its time.
     */
    static void merge(Volunteer v, SignUp s, Instant now) {
        if (!blank(s.firstName())) {
            v.firstName = s.firstName().strip();
        }
        if (!blank(s.lastName())) {
            v.lastName = s.lastName().strip();
        }
        if (!blank(s.phone())) {
            v.phone = s.phone().strip();
        }
        if (!blank(s.postalCode())) {
            v.postalCode = s.postalCode().strip().toUpperCase(Locale.ROOT);
        }
        if (!blank(s.city())) {
            v.city = s.city().strip();
        }
        if (!blank(s.region())) {
            v.region = Regions.normalize(s.region().strip());
        }
        if (!blank(s.country())) {
            v.country = s.country().strip().toUpperCase(Locale.ROOT);
        } else if (!blank(s.region())) {
            // The country follows from a new region; it is derived, not something the person left out.
            v.country = v.region.substring(0, 2);
        }
        if (s.languages() != null) {
            v.languages = VolunteerService.lowerSorted(s.languages());
        }
        if (s.roles() != null && !s.roles().isEmpty()) {
            v.roles = s.roles().stream().map(Enum::name).sorted().toArray(String[]::new);
        }
        if (s.skills() != null) {
            v.skills = VolunteerService.lowerSorted(s.skills());
        }
        if (s.interests() != null) {
            v.interests = VolunteerService.lowerSorted(s.interests());
        }
        if (s.hoursPerWeek() != null) {
            v.hoursPerWeek = s.hoursPerWeek();
        }
        if (s.availability() != null) {
            v.availability = s.availability().stream().map(Enum::name).sorted().toArray(String[]::new);
        }
        if (!blank(s.heardFrom())) {
            v.heardFrom = s.heardFrom().strip();
        }
        if (Boolean.TRUE.equals(s.contactConsent()) && !v.contactConsent) {
            v.contactConsent = true;
            v.contactConsentAt = now;
        } else if (Boolean.FALSE.equals(s.contactConsent())) {
            v.contactConsent = false;
            v.contactConsentAt = null;
        }
        if (v.emailConfirmedAt == null) {
            v.emailConfirmedAt = now;
        }
        v.updatedAt = now;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private String write(SignUp form) {
        try {
            return json.writeValueAsString(form);
        } catch (JsonProcessingException e) {
            // Not the exception itself as the cause: its message may quote the personal data.
            throw new IllegalStateException("a validated sign-up could not be written: " + e.getClass().getSimpleName());
        }
    }

    private SignUp read(String stored) {
        try {
            return json.readValue(stored, SignUp.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored sign-up could not be read: " + e.getClass().getSimpleName());
        }
    }
}
