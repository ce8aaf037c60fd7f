package org.lettersofhope.volunteer.service;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.lettersofhope.commons.messaging.Outbox;
import org.lettersofhope.commons.rest.Emails;
import org.lettersofhope.commons.rest.ProblemException;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.Regions;
import org.lettersofhope.shared.event.volunteer.VolunteerErased;
import org.lettersofhope.shared.event.volunteer.VolunteerGuidelinesAccepted;
import org.lettersofhope.shared.event.volunteer.VolunteerProfileChanged;
import org.lettersofhope.shared.event.volunteer.VolunteerRegistered;
import org.lettersofhope.shared.event.volunteer.VolunteerRole;
import org.lettersofhope.shared.event.volunteer.VolunteerStatus;
import org.lettersofhope.shared.event.volunteer.VolunteerStatusChanged;
import org.lettersofhope.volunteer.domain.Volunteer;
import org.lettersofhope.volunteer.domain.VolunteerRepository;
import org.lettersofhope.volunteer.domain.VolunteerSearch;

@ApplicationScoped
public class VolunteerService {

    /** The lifecycle: who may come next after each status. */
    static final Map<VolunteerStatus, Set<VolunteerStatus>> NEXT = Map.of(
            VolunteerStatus.APPLIED, EnumSet.of(VolunteerStatus.ACTIVE, VolunteerStatus.LEFT),
            VolunteerStatus.ACTIVE, EnumSet.of(VolunteerStatus.PAUSED, VolunteerStatus.LEFT),
            VolunteerStatus.PAUSED, EnumSet.of(VolunteerStatus.ACTIVE, VolunteerStatus.LEFT),
            VolunteerStatus.LEFT, EnumSet.of(VolunteerStatus.ACTIVE));

    @Inject
    VolunteerRepository volunteers;

    @Inject
    Outbox outbox;

    @Inject
    org.lettersofhope.volunteer.domain.EmailConfirmationRepository confirmations;

    @Inject
    References references;

    @Inject
    VolunteerErasure erasure;

    /**
     * Creates or replaces a volunteer by email for an import row written on its own. Never the public sign-up's path:
     * that one changes nobody's record before the address is confirmed ({@link SignUpService}).
     *
     * @param chapterId the chapter to put the volunteer in; null leaves it as it is
     */
    @Transactional(Transactional.TxType.MANDATORY)
    UUID upsert(VolunteerProfile form, UUID chapterId) {
        Instant now = Instant.now();
        Volunteer v = new Volunteer();
        v.id = UUID.randomUUID();
        v.status = VolunteerStatus.APPLIED;
        v.createdAt = now;
        apply(v, form, now);
        v.chapterId = chapterId;
        VolunteerRepository.Upsert done = volunteers.upsertByEmail(v);
        if (done.inserted()) {
            outbox.record(EventTypes.VOLUNTEER_REGISTERED, new VolunteerRegistered(done.id(), now, v.region,
                    done.chapterId(), roles(v), Set.of(v.languages)));
        } else {
            Shared after = new Shared(roles(v), Set.of(v.languages), v.region, done.chapterId());
            Shared before = done.seenBefore() ? new Shared(roles(done.rolesBefore()),
                    Set.of(done.languagesBefore()), done.regionBefore(), done.chapterBefore()) : null;
            if (!after.equals(before)) {
                outbox.record(EventTypes.VOLUNTEER_PROFILE_CHANGED, new VolunteerProfileChanged(done.id(),
                        after.roles(), after.languages(), v.region, done.chapterId(), now));
            }
        }
        return done.id();
    }

    /**
     * How many of a batch were new and how many updated, and which (by position) were refused because they belong
     * to a volunteer outside the importing chapter.
     */
    public record Upserted(int created, int updated, List<Integer> refused) {
    }

    /** Thrown for one import row whose email belongs to a volunteer the importing chapter may not change. */
    public static class OutsideChapterException extends RuntimeException {
        public OutsideChapterException() {
            super("cannot be imported into this chapter; headquarters can move the volunteer", null, false, false);
        }
    }

    /**
     * Creates or updates a batch of volunteers (an import) in the caller's transaction: one locking read for the
     * batch, batched inserts, and the events in one JDBC batch. Emails must be unique within the batch.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Upserted upsertBatch(List<VolunteerProfile> batch, UUID chapterId, boolean chapterBound) {
        Map<String, Volunteer> existing = new java.util.HashMap<>();
        for (Volunteer v : volunteers.lockByEmails(batch.stream().map(p -> Emails.normalize(p.email())).toList())) {
            existing.put(v.email, v);
        }
        Instant now = Instant.now();
        List<VolunteerRegistered> registered = new java.util.ArrayList<>();
        List<VolunteerProfileChanged> changed = new java.util.ArrayList<>();
        List<Integer> refused = new java.util.ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            VolunteerProfile form = batch.get(i);
            Volunteer v = existing.get(Emails.normalize(form.email()));
            if (v != null && chapterBound && !java.util.Objects.equals(v.chapterId, chapterId)) {
                // A chapter's import must not change, or claim, a volunteer who is not already its own.
                refused.add(i);
                continue;
            }
            if (v == null) {
                v = new Volunteer();
                v.id = UUID.randomUUID();
                v.status = VolunteerStatus.APPLIED;
                v.createdAt = now;
                apply(v, form, now);
                v.chapterId = chapterId;
                volunteers.persist(v);
                registered.add(new VolunteerRegistered(v.id, now, v.region, v.chapterId, roles(v),
                        Set.of(v.languages)));
            } else {
                Shared before = Shared.of(v);
                apply(v, form, now);
                if (chapterId != null) {
                    v.chapterId = chapterId;
                }
                Shared after = Shared.of(v);
                if (!after.equals(before)) {
                    changed.add(new VolunteerProfileChanged(v.id, after.roles(), after.languages(), v.region,
                            v.chapterId, now));
                }
            }
        }
        outbox.recordAll(EventTypes.VOLUNTEER_REGISTERED, registered);
        outbox.recordAll(EventTypes.VOLUNTEER_PROFILE_CHANGED, changed);
        return new Upserted(registered.size(), batch.size() - registered.size() - refused.size(), refused);
    }

    /** One profile of an import on its own, when its batch could not be written together. */
    public boolean upsertOne(VolunteerProfile form, UUID chapterId, boolean chapterBound) {
        String email = Emails.normalize(form.email());
        Optional<Volunteer> before = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> volunteers.findByEmail(email));
        boolean existed = before.isPresent();
        if (existed && chapterBound && !java.util.Objects.equals(before.get().chapterId, chapterId)) {
            throw new OutsideChapterException();
        }
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> upsert(form, chapterId));
        return !existed;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void refreshStatistics() {
        volunteers.getEntityManager().createNativeQuery("analyze volunteer").executeUpdate();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Volunteer> find(UUID id) {
        return volunteers.findLive(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public VolunteerRepository.Found search(VolunteerSearch search) {
        return volunteers.search(search);
    }

    /** Replaces a profile if it is still at {@code expectedVersion}; otherwise 412. */
    @Transactional
    public Volunteer update(UUID id, long expectedVersion, VolunteerProfile form) {
        Volunteer v = volunteers.findLive(id).orElseThrow(() -> new IllegalStateException("checked by the caller"));
        if (v.version != expectedVersion) {
            throw ProblemException.preconditionFailed();
        }
        String email = Emails.normalize(form.email());
        boolean newEmail = !email.equals(v.email);
        if (newEmail) {
            volunteers.lockEmail(email);
            if (volunteers.findByEmail(email).isPresent()) {
                throw ProblemException.conflict("Another volunteer already uses this email.");
            }
        }
        Shared before = Shared.of(v);
        Instant now = Instant.now();
        apply(v, form, now);
        if (newEmail) {
            // Nobody has proved they own the new address yet; signing up with it and confirming does.
            v.emailConfirmedAt = null;
        }
        announceIfShared(before, v, now);
        volunteers.flush();
        return v;
    }

    @Transactional
    public Volunteer changeStatus(UUID id, VolunteerStatus to) {
        Volunteer v = volunteers.findLive(id).orElseThrow(() -> new IllegalStateException("checked by the caller"));
        VolunteerStatus from = v.status;
        if (from == to) {
            return v;
        }
        if (!NEXT.get(from).contains(to)) {
            throw ProblemException.illegalTransition(from, to, NEXT.get(from));
        }
        Instant now = Instant.now();
        v.status = to;
        v.updatedAt = now;
        outbox.record(EventTypes.VOLUNTEER_STATUS_CHANGED,
                new VolunteerStatusChanged(v.id, from, to, v.region, v.chapterId, now));
        volunteers.flush();
        return v;
    }

    /** Records acceptance of a version letter-service has published (422 on {@code version} otherwise). */
    @Transactional
    public Volunteer acceptGuidelines(UUID id, String guidelinesVersion) {
        Volunteer v = volunteers.findLive(id).orElseThrow(() -> new IllegalStateException("checked by the caller"));
        references.requirePublishedGuidelines(guidelinesVersion);
        Instant now = Instant.now();
        v.guidelinesVersion = guidelinesVersion;
        v.guidelinesAcceptedAt = now;
        v.updatedAt = now;
        outbox.record(EventTypes.VOLUNTEER_GUIDELINES_ACCEPTED,
                new VolunteerGuidelinesAccepted(v.id, guidelinesVersion, now));
        volunteers.flush();
        return v;
    }

    /** Puts a volunteer in a chapter (or none); a volunteer belongs to at most one. */
    @Transactional
    public Volunteer moveToChapter(UUID id, UUID chapterId) {
        Volunteer v = volunteers.findLive(id).orElseThrow(() -> new IllegalStateException("checked by the caller"));
        Shared before = Shared.of(v);
        Instant now = Instant.now();
        v.chapterId = chapterId;
        v.updatedAt = now;
        announceIfShared(before, v, now);
        volunteers.flush();
        return v;
    }

    /**
     * Erases a volunteer's personal data for good (docs/erasure.md). The row stays with its id, region, chapter and
     * roles so that anonymous counts survive; their RSVPs, hosted events and chapter roles lose them too; other
     * services are told to drop what they hold.
     */
    @Transactional
    public boolean erase(UUID id) {
        Optional<Volunteer> found = volunteers.findLive(id);
        if (found.isEmpty()) {
            return false;
        }
        Volunteer v = found.get();
        Instant now = Instant.now();
        if (v.email != null) {
            // Sign-ups still waiting for confirmation hold what was submitted with the address.
            confirmations.deleteByEmail(v.email);
        }
        erasure.eraseActivity(v, now);
        v.firstName = null;
        v.lastName = null;
        v.email = null;
        v.phone = null;
        v.postalCode = null;
        v.city = null;
        v.heardFrom = null;
        v.skills = new String[0];
        v.interests = new String[0];
        v.languages = new String[0];
        v.availability = new String[0];
        v.hoursPerWeek = null;
        v.contactConsent = false;
        v.contactConsentAt = null;
        v.emailConfirmedAt = null;
        v.status = VolunteerStatus.LEFT;
        v.erasedAt = now;
        v.updatedAt = now;
        outbox.record(EventTypes.VOLUNTEER_ERASED, new VolunteerErased(v.id, v.region, v.chapterId, now));
        return true;
    }

    public static Set<VolunteerStatus> allowedNext(VolunteerStatus from) {
        return NEXT.get(from);
    }

    /**
     * The one normalisation of an email address in this service (sign-ups, profiles, imports, guests' RSVPs): what
     * two spellings of one address have in common, so that one address is one person.
     */
    private static void apply(Volunteer v, VolunteerProfile form, Instant now) {
        v.firstName = form.firstName().strip();
        v.lastName = form.lastName().strip();
        v.email = Emails.normalize(form.email());
        v.phone = blankToNull(form.phone());
        v.postalCode = form.postalCode().strip().toUpperCase(Locale.ROOT);
        v.city = blankToNull(form.city());
        v.region = Regions.normalize(form.region().strip());
        v.country = form.country() == null ? v.region.substring(0, 2) : form.country().toUpperCase(Locale.ROOT);
        v.languages = lowerSorted(form.languages());
        v.roles = form.roles().stream().map(Enum::name).sorted().toArray(String[]::new);
        v.skills = lowerSorted(form.skills());
        v.interests = lowerSorted(form.interests());
        v.hoursPerWeek = form.hoursPerWeek();
        v.availability = form.availability() == null ? new String[0]
                : form.availability().stream().map(Enum::name).sorted().toArray(String[]::new);
        v.heardFrom = blankToNull(form.heardFrom());
        if (form.contactConsent() && !v.contactConsent) {
            v.contactConsentAt = now;
        } else if (!form.contactConsent()) {
            v.contactConsentAt = null;
        }
        v.contactConsent = form.contactConsent();
        v.updatedAt = now;
    }

    void announceIfShared(Shared before, Volunteer v, Instant now) {
        Shared after = Shared.of(v);
        if (!after.equals(before)) {
            outbox.record(EventTypes.VOLUNTEER_PROFILE_CHANGED, new VolunteerProfileChanged(v.id, after.roles(),
                    after.languages(), v.region, v.chapterId, now));
        }
    }

    /** What other services may know of a volunteer. */
    record Shared(Set<VolunteerRole> roles, Set<String> languages, String region, UUID chapterId) {
        static Shared of(Volunteer v) {
            return new Shared(VolunteerService.roles(v), Set.of(v.languages), v.region, v.chapterId);
        }
    }

    static Set<VolunteerRole> roles(Volunteer v) {
        return roles(v.roles);
    }

    static Set<VolunteerRole> roles(String[] names) {
        Set<VolunteerRole> roles = EnumSet.noneOf(VolunteerRole.class);
        Arrays.stream(names).map(VolunteerRole::valueOf).forEach(roles::add);
        return roles;
    }

    static String[] lowerSorted(Collection<String> values) {
        if (values == null) {
            return new String[0];
        }
        return values.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).distinct()
                .sorted().toArray(String[]::new);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
