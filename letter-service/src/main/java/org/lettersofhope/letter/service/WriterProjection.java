package org.lettersofhope.letter.service;

import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.lettersofhope.letter.domain.Writer;
import org.lettersofhope.letter.domain.WriterRepository;
import org.lettersofhope.shared.event.Regions;
import org.lettersofhope.shared.event.volunteer.VolunteerErased;
import org.lettersofhope.shared.event.volunteer.VolunteerGuidelinesAccepted;
import org.lettersofhope.shared.event.volunteer.VolunteerProfileChanged;
import org.lettersofhope.shared.event.volunteer.VolunteerRegistered;
import org.lettersofhope.shared.event.volunteer.VolunteerRole;
import org.lettersofhope.shared.event.volunteer.VolunteerStatus;
import org.lettersofhope.shared.event.volunteer.VolunteerStatusChanged;

/**
 * Keeps the {@code writer} table in step with volunteer-service's events. Each method runs in the consumer's
 * transaction, which also records the event id, so an event is applied once. Only what the events carry is kept.
 */
@ApplicationScoped
public class WriterProjection {

    /** ISO 639-1 (two letters) or 639-2/3 (three), optionally with a region such as pt-BR. */
    private static final String LANGUAGE = "^[a-z]{2,3}(-[a-z0-9]{2,8})?$";

    @Inject
    WriterRepository writers;

    @Transactional(Transactional.TxType.MANDATORY)
    public void registered(VolunteerRegistered e) {
        Writer w = findOrCreate(e.volunteerId());
        if (w.status == null) {
            w.status = VolunteerStatus.APPLIED;
        }
        apply(w, e.roles(), e.languages(), e.region(), e.chapterId(), e.registeredAt());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void profileChanged(VolunteerProfileChanged e) {
        apply(findOrCreate(e.volunteerId()), e.roles(), e.languages(), e.region(), e.chapterId(), e.changedAt());
    }

    /** Answers the writer as changed, so that callers can react (a paused writer's matches end). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Writer statusChanged(VolunteerStatusChanged e) {
        Writer w = findOrCreate(e.volunteerId());
        if (!w.isErased()) {
            // A status this reader does not know yet (null) leaves the one it knows.
            if (e.to() != null) {
                w.status = e.to();
            }
            w.region = regionOrNull(e.region());
            w.chapterId = e.chapterId();
        }
        w.updatedAt = latest(w.updatedAt, e.changedAt());
        return w;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void guidelinesAccepted(VolunteerGuidelinesAccepted e) {
        Writer w = findOrCreate(e.volunteerId());
        if (!w.isErased()) {
            w.guidelinesVersion = e.guidelinesVersion() == null || e.guidelinesVersion().length() > 32 ? null
                    : e.guidelinesVersion();
            w.guidelinesAcceptedAt = e.acceptedAt();
        }
        w.updatedAt = latest(w.updatedAt, e.acceptedAt());
    }

    /**
     * Forgets what is known of an erased volunteer beyond the id, region and chapter that anonymous counts need, and
     * keeps them out of matching for good.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Writer erased(VolunteerErased e) {
        Writer w = findOrCreate(e.volunteerId());
        w.status = VolunteerStatus.LEFT;
        w.roles = new String[0];
        w.languages = new String[0];
        w.guidelinesVersion = null;
        w.guidelinesAcceptedAt = null;
        w.maxPenPals = null;
        w.region = regionOrNull(e.region());
        w.chapterId = e.chapterId();
        w.erasedAt = e.erasedAt() == null ? Instant.now() : e.erasedAt();
        w.updatedAt = latest(w.updatedAt, w.erasedAt);
        return w;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Writer> find(UUID volunteerId) {
        return writers.find(volunteerId);
    }

    private Writer findOrCreate(UUID volunteerId) {
        return writers.findForUpdate(volunteerId).orElseGet(() -> {
            Writer w = new Writer();
            w.volunteerId = volunteerId;
            w.updatedAt = Instant.now();
            writers.persist(w);
            return w;
        });
    }

    private static void apply(Writer w, Collection<VolunteerRole> roles, Collection<String> languages, String region,
            UUID chapterId, Instant at) {
        if (w.isErased()) {
            return;
        }
        w.roles = roles.stream().filter(Objects::nonNull).map(Enum::name).distinct().sorted()
                .toArray(String[]::new);
        w.languages = languages.stream().filter(Objects::nonNull).map(l -> l.strip().toLowerCase(Locale.ROOT))
                .filter(l -> l.matches(LANGUAGE)).distinct().sorted().toArray(String[]::new);
        w.region = regionOrNull(region);
        w.chapterId = chapterId;
        w.updatedAt = latest(w.updatedAt, at);
    }

    private static String regionOrNull(String region) {
        return Regions.isValid(region) ? Regions.normalize(region) : null;
    }

    private static Instant latest(Instant a, Instant b) {
        if (b == null) {
            return a == null ? Instant.now() : a;
        }
        return a == null || b.isAfter(a) ? b : a;
    }
}
