package org.lettersofhope.letter.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.lettersofhope.commons.rest.PageParams;

import org.lettersofhope.commons.rest.ProblemException;
import org.lettersofhope.letter.domain.Official;
import org.lettersofhope.letter.domain.OfficialRepository;
import org.lettersofhope.letter.domain.SocialHandle;
import org.lettersofhope.shared.event.Regions;


/**
 * Officials that campaigns target. Coordinators (of any chapter) and admins keep them, since every chapter writes to
 * its own state's officials; everyone reads them (all of it is public).
 */
@ApplicationScoped
public class OfficialService {

    @Inject
    OfficialRepository officials;

    @Transactional
    public Official create(OfficialForm form) {
        Instant now = Instant.now();
        Official o = new Official();
        o.id = UUID.randomUUID();
        o.createdAt = now;
        apply(o, form, now);
        officials.persist(o);
        return o;
    }

    @Transactional
    public Optional<Official> update(UUID id, OfficialForm form, long expectedVersion) {
        Optional<Official> found = officials.find(id);
        found.ifPresent(o -> {
            if (o.version != expectedVersion) {
                throw ProblemException.preconditionFailed();
            }
            apply(o, form, Instant.now());
            officials.flush();
        });
        return found;
    }

    /** Removes an official that no campaign targets; one that is (or was) targeted stays, for the record. */
    @Transactional
    public boolean delete(UUID id) {
        Optional<Official> found = officials.find(id);
        if (found.isEmpty()) {
            return false;
        }
        if (officials.isTargeted(id)) {
            throw ProblemException.conflict("A campaign targets this official; it cannot be deleted.");
        }
        officials.delete(found.get());
        return true;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Official> find(UUID id) {
        return officials.find(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Slice<Official> list(String namePrefix, PageParams paging) {
        return Slice.of(officials.search(namePrefix), paging);
    }

    private static void apply(Official o, OfficialForm form, Instant now) {
        o.name = form.name().strip();
        o.title = form.title().strip();
        o.office = Texts.blankToNull(form.office());
        o.addressLine1 = form.addressLine1().strip();
        o.addressLine2 = Texts.blankToNull(form.addressLine2());
        o.city = form.city().strip();
        o.region = Regions.normalize(form.region().strip());
        o.postalCode = form.postalCode().strip().toUpperCase(Locale.ROOT);
        o.country = o.region.substring(0, 2);
        List<SocialHandle> handles = new ArrayList<>();
        if (form.socialHandles() != null) {
            form.socialHandles().forEach(h -> handles.add(new SocialHandle(h.platform(), h.handle().strip())));
        }
        o.socialHandles = handles;
        o.updatedAt = now;
    }

}
