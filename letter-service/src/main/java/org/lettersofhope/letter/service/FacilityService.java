package org.lettersofhope.letter.service;

import java.time.Instant;
import java.util.List;
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

/** Facilities and their mail rules: headquarters keeps them; anyone signed in reads them; the public, what is public. */
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

    /** An active facility, as the public may see it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Facility> findPublic(UUID id) {
        return facilities.find(id).filter(f -> f.active);
    }

    /** Active facilities by name, in {@code region} if not null. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Slice<Facility> listPublic(String region, PageParams paging) {
        return list(true, region, paging);
    }

    /** An active facility and how far it is from the point searched from. */
    public record Near(Facility facility, double km) {
    }

    /**
     * Active facilities within {@code withinKm} of a point (great-circle distance), nearest first, in
     * {@code region} if not null; the page asked for, and one more if there is a further page.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Near> near(double latitude, double longitude, double withinKm, String region, PageParams paging) {
        return facilities.activeWithCoordinates(region == null ? null : Regions.normalize(region)).stream()
                .map(f -> new Near(f, Geo.km(latitude, longitude, f.latitude, f.longitude)))
                .filter(n -> n.km() <= withinKm)
                .sorted(java.util.Comparator.comparingDouble(Near::km).thenComparing(n -> n.facility().name))
                .skip(paging.offset()).limit(paging.size + 1L).toList();
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
        if ((form.latitude() == null) != (form.longitude() == null)) {
            throw ProblemException.invalidField(form.latitude() == null ? "latitude" : "longitude",
                    "give both coordinates or neither");
        }
        f.latitude = form.latitude();
        f.longitude = form.longitude();
        f.active = form.active();
        f.updatedAt = now;
    }
}
