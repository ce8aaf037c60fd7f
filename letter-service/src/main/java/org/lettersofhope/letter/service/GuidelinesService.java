package org.lettersofhope.letter.service;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.lettersofhope.commons.messaging.Outbox;
import org.lettersofhope.commons.rest.PageParams;
import org.lettersofhope.commons.rest.ProblemException;
import org.lettersofhope.letter.domain.GuidelinesVersion;
import org.lettersofhope.letter.domain.GuidelinesVersionRepository;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.letter.GuidelinesPublished;

/**
 * The Letter Writing Guidelines: admins publish versions, anyone reads them, the last published is current. Each
 * publication is announced ({@code GuidelinesPublished}) so that volunteer-service accepts only labels that exist.
 */
@ApplicationScoped
public class GuidelinesService {

    @Inject
    GuidelinesVersionRepository versions;

    @Inject
    Access access;

    @Inject
    Outbox outbox;

    @Transactional
    public GuidelinesVersion publish(String version, String title, String body) {
        if (version.equalsIgnoreCase("current")) {
            throw ProblemException.invalidField("version", "is reserved: the current version is read at /current");
        }
        versions.lockPublishing();
        if (versions.findByVersion(version).isPresent()) {
            throw ProblemException.conflict("This version label is already published; choose a new one.");
        }
        Instant now = Instant.now();
        GuidelinesVersion current = versions.current().orElse(null);
        GuidelinesVersion g = new GuidelinesVersion();
        g.id = UUID.randomUUID();
        g.version = version;
        g.title = title.strip();
        g.body = body.strip();
        // Strictly after the previous one, so that "current" never depends on two clocks agreeing to the microsecond.
        g.publishedAt = current != null && !now.isAfter(current.publishedAt) ? current.publishedAt.plusNanos(1000)
                : now;
        g.publishedBy = access.person().orElse(null);
        versions.persist(g);
        outbox.record(EventTypes.GUIDELINES_PUBLISHED, new GuidelinesPublished(g.id, g.version, g.publishedAt));
        return g;
    }

    /** The label of the current version, which a weekly writer must have accepted to be matched with a pen pal. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> currentVersion() {
        return versions.current().map(g -> g.version);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<GuidelinesVersion> current() {
        return versions.current();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<GuidelinesVersion> find(String version) {
        return versions.findByVersion(version);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Slice<GuidelinesVersion> list(PageParams paging) {
        return Slice.of(versions.newestFirst(), paging);
    }
}
