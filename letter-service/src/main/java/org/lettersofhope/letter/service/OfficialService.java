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
import org.lettersofhope.commons.rest.Problems;
import org.lettersofhope.letter.domain.Chamber;
import org.lettersofhope.letter.domain.Official;
import org.lettersofhope.letter.domain.OfficialRepository;
import org.lettersofhope.letter.domain.SocialHandle;
import org.lettersofhope.shared.event.Regions;
import org.lettersofhope.shared.problem.Problem;


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
    public Slice<Official> list(OfficialRepository.Filter filter, PageParams paging) {
        return Slice.of(officials.search(filter), paging);
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
        applyPlace(o, form);
        OfficialForm.Address d = form.districtOffice();
        o.districtOffice = d == null ? null : AddressForm.postal(d.line1(), d.line2(), d.city(), d.region(),
                d.postalCode().toUpperCase(Locale.ROOT));
        o.phone = Texts.blankToNull(form.phone());
        o.districtPhone = Texts.blankToNull(form.districtPhone());
        o.email = form.email() == null ? null : form.email().strip().toLowerCase(Locale.ROOT);
        o.contactFormUrl = Texts.blankToNull(form.contactFormUrl());
        o.updatedAt = now;
    }

    /**
     * Where the official answers to. A jurisdiction comes with a level and a level with a jurisdiction; a district
     * only in a chamber of members (UPPER, LOWER, COUNCIL), and inside a region, not a whole country.
     */
    private static void applyPlace(Official o, OfficialForm form) {
        List<Problem.Violation> wrong = new ArrayList<>();
        String jurisdiction = form.jurisdiction() == null ? null : form.jurisdiction().strip().toUpperCase(Locale.ROOT);
        if ((form.level() == null) != (jurisdiction == null)) {
            wrong.add(new Problem.Violation(form.level() == null ? "level" : "jurisdiction",
                    "level and jurisdiction go together"));
        }
        if (form.chamber() != null && form.level() == null) {
            wrong.add(new Problem.Violation("chamber", "only with level and jurisdiction"));
        }
        String district = Texts.blankToNull(form.district());
        if (district != null && (form.chamber() == null || form.chamber() == Chamber.EXECUTIVE)) {
            wrong.add(new Problem.Violation("district", "only with chamber UPPER, LOWER or COUNCIL"));
        }
        if (district != null && jurisdiction != null && jurisdiction.length() == 2) {
            wrong.add(new Problem.Violation("district", "only in a region's jurisdiction (such as US-CA)"));
        }
        if (!wrong.isEmpty()) {
            throw new ProblemException(Problems.validation("The request has invalid fields.", wrong));
        }
        o.level = form.level();
        o.jurisdiction = jurisdiction;
        o.chamber = form.chamber();
        o.district = district;
    }

    /**
     * The officials of a place: those of its whole country and of its whole region (no district), and those of the
     * districts given, within the region. Ordered by level (federal first), then name.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Slice<Official> representing(String region, List<OfficialRepository.Seat> seats, PageParams paging) {
        return Slice.of(officials.representing(Regions.normalize(region), seats), paging);
    }

}
