package org.lettersofhope.letter.service;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.lettersofhope.commons.rest.PageParams;
import org.lettersofhope.commons.rest.ProblemException;
import org.lettersofhope.letter.domain.Facility;
import org.lettersofhope.letter.domain.FacilityRepository;
import org.lettersofhope.shared.event.Regions;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** Facilities and their mail rules: headquarters keeps them; anyone signed in may read them. */
@ApplicationScoped
public class FacilityService {

    @Inject
    FacilityRepository facilities;

    @Inject
    Access access;

    @Transactional
    public Facility create(FacilityForm form) {
        access.requireHeadquarters();
        Instant now = Instant.now();
        Facility f = new Facility();
        f.id = UUID.randomUUID();
        f.createdAt = now;
        apply(f, form, now);
        facilities.persist(f);
        return f;
    }

    /** Replaces the facility's details if it is still at {@code expectedVersion}. */
    @Transactional
    public Optional<Facility> update(UUID id, FacilityForm form, long expectedVersion) {
        access.requireHeadquarters();
        Optional<Facility> found = facilities.find(id);
        found.ifPresent(f -> {
            if (f.version != expectedVersion) {
                throw ProblemException.preconditionFailed();
            }
            apply(f, form, Instant.now());
            facilities.flush();
        });
        return found;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Facility> find(UUID id) {
        return facilities.find(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Slice<Facility> list(Boolean active, String region, PageParams paging) {
        PanacheQuery<Facility> query = facilities.search(active,
                region == null ? null : Regions.normalize(region));
        return Slice.of(query, paging);
    }

    private static void apply(Facility f, FacilityForm form, Instant now) {
        f.name = form.name().strip();
        f.operator = Texts.blankToNull(form.operator());
        f.forProfit = form.forProfit();
        f.addressLine1 = form.addressLine1().strip();
        f.addressLine2 = Texts.blankToNull(form.addressLine2());
        f.city = form.city().strip();
        f.region = Regions.normalize(form.region().strip());
        f.postalCode = form.postalCode().strip();
        f.refusedItems = form.refusedItems() == null ? new String[0]
                : form.refusedItems().stream().map(Enum::name).sorted().toArray(String[]::new);
        f.mailNotes = Texts.blankToNull(form.mailNotes());
        f.active = form.active();
        f.updatedAt = now;
    }
}
