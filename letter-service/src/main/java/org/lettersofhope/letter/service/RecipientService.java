package org.lettersofhope.letter.service;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.lettersofhope.commons.messaging.Outbox;
import org.lettersofhope.commons.persistence.UniqueViolations;
import org.lettersofhope.commons.rest.PageParams;
import org.lettersofhope.commons.rest.ProblemException;
import org.lettersofhope.letter.domain.CustodyChange;
import org.lettersofhope.letter.domain.CustodyChangeRepository;
import org.lettersofhope.letter.domain.Facility;
import org.lettersofhope.letter.domain.FacilityRepository;
import org.lettersofhope.letter.domain.Recipient;
import org.lettersofhope.letter.domain.RecipientRepository;
import org.lettersofhope.shared.event.EventTypes;
import org.lettersofhope.shared.event.letter.CustodyStatus;
import org.lettersofhope.shared.event.letter.RecipientCustodyChanged;

/**
 * Detained recipients as headquarters keeps them: registration with encrypted identifiers, lookup by A-Number,
 * custody changes with their history, consent. Everything here is for headquarters only.
 */
@ApplicationScoped
public class RecipientService {

    static final String FULL_NAME = "full_name";
    static final String A_NUMBER = "a_number";

    @Inject
    RecipientRepository recipients;

    @Inject
    FacilityRepository facilities;

    @Inject
    CustodyChangeRepository custodyChanges;

    @Inject
    IdentifierCipher cipher;

    @Inject
    Access access;

    @Inject
    Outbox outbox;

    @Inject
    Event<CustodyChanged> custodyChangedEvent;

    @Inject
    Event<RecipientAvailable> available;

    /** A detained, consenting recipient who may now be someone's pen pal: registered, consenting or detained again. */
    public record RecipientAvailable(UUID recipientId) {
    }

    /** The custody statuses a recipient may move to from {@code from}. */
    public static Set<CustodyStatus> allowedNext(CustodyStatus from) {
        return switch (from) {
            case DETAINED, TRANSFERRED -> EnumSet.of(CustodyStatus.TRANSFERRED, CustodyStatus.RELEASED,
                    CustodyStatus.DEPORTED);
            // Detained again, possibly at another facility.
            case RELEASED, DEPORTED -> EnumSet.of(CustodyStatus.DETAINED);
        };
    }

    @Transactional
    public RecipientView register(RecipientForm form) {
        access.requireHeadquarters();
        ANumber aNumber = parseANumber(form.aNumber());
        Facility facility = usableFacility(form.facilityId());
        String displayName = displayName(form);
        byte[] lookup = cipher.lookup(aNumber);
        // During a key rotation a row not yet re-encrypted holds its A-Number under a retired lookup key.
        if (recipients.findByANumberLookup(cipher.lookups(aNumber)).isPresent()) {
            throw alreadyRegistered();
        }
        Instant now = Instant.now();
        Recipient r = new Recipient();
        r.id = UUID.randomUUID();
        r.displayName = displayName;
        String fullName = form.fullName().strip();
        r.fullNameEncrypted = cipher.encrypt(fullName, context(r.id, FULL_NAME));
        r.aNumberEncrypted = cipher.encrypt(aNumber.digits(), context(r.id, A_NUMBER));
        r.aNumberLookup = lookup;
        r.keyVersion = IdentifierCipher.versionOf(r.aNumberEncrypted);
        r.preferredLanguage = form.preferredLanguage().strip();
        r.facilityId = facility.id;
        r.custodyStatus = CustodyStatus.DETAINED;
        r.consentsToLetters = form.consentsToLetters();
        r.createdAt = now;
        r.updatedAt = now;
        recipients.persist(r);
        try {
            recipients.flush();
        } catch (PersistenceException e) {
            // Two registrations of one A-Number at once: the unique blind index lets one through.
            throw UniqueViolations.isUniqueViolation(e) ? alreadyRegistered() : e;
        }
        recordCustody(r, null, null, now);
        if (r.consentsToLetters) {
            available.fire(new RecipientAvailable(r.id));
        }
        return new RecipientView(r, fullName, aNumber.formatted());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RecipientView> find(UUID id) {
        access.requireHeadquarters();
        return recipients.find(id).map(this::view);
    }

    /**
     * The recipient with this A-Number: an indexed lookup of its blind index (one per key version during a
     * rotation), no row decrypted to find it.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RecipientView> lookup(String aNumber) {
        access.requireHeadquarters();
        return recipients.findByANumberLookup(cipher.lookups(parseANumber(aNumber))).map(this::view);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RecipientView> list(UUID facilityId, CustodyStatus status, Boolean consents, Instant updatedSince,
            PageParams paging) {
        access.requireHeadquarters();
        return Slice.of(recipients.search(facilityId, status, consents, updatedSince), paging).itemsPlusOne()
                .stream().map(this::view).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<List<CustodyChange>> history(UUID id) {
        access.requireHeadquarters();
        return recipients.find(id).map(r -> custodyChanges.history(r.id));
    }

    /**
     * Moves the recipient to a new custody status. A transfer (or detention again) names the facility; release and
     * deportation keep the last one. Observers of {@link CustodyChanged} act in this same transaction.
     */
    @Transactional
    public Optional<RecipientView> changeCustody(UUID id, CustodyStatus to, UUID facilityId) {
        access.requireHeadquarters();
        Optional<Recipient> found = recipients.findForUpdate(id);
        found.ifPresent(r -> {
            CustodyStatus from = r.custodyStatus;
            if (!allowedNext(from).contains(to)) {
                throw ProblemException.illegalTransition(from, to, allowedNext(from));
            }
            UUID fromFacility = r.facilityId;
            if (to == CustodyStatus.TRANSFERRED || to == CustodyStatus.DETAINED) {
                if (facilityId == null) {
                    throw ProblemException.invalidField("facilityId", "is required for " + to);
                }
                if (to == CustodyStatus.TRANSFERRED && facilityId.equals(fromFacility)) {
                    throw ProblemException.invalidField("facilityId", "must differ from the current facility");
                }
                r.facilityId = usableFacility(facilityId).id;
            } else if (facilityId != null) {
                throw ProblemException.invalidField("facilityId", "must be left out for " + to);
            }
            Instant now = Instant.now();
            r.custodyStatus = to;
            r.updatedAt = now;
            recordCustody(r, from, fromFacility, now);
            CustodyChanged change = new CustodyChanged(r.id, from, to, fromFacility, r.facilityId, now);
            custodyChangedEvent.fire(change);
            if (to == CustodyStatus.DETAINED && r.consentsToLetters) {
                available.fire(new RecipientAvailable(r.id));
            }
            outbox.record(EventTypes.RECIPIENT_CUSTODY_CHANGED, new RecipientCustodyChanged(r.id, from, to,
                    fromFacility, r.facilityId, now));
        });
        return found.map(this::view);
    }

    /** Records whether the recipient wants letters; withdrawn consent stops new letters to them. */
    @Transactional
    public Optional<RecipientView> setConsent(UUID id, boolean consents) {
        access.requireHeadquarters();
        Optional<Recipient> found = recipients.findForUpdate(id);
        found.ifPresent(r -> {
            if (r.consentsToLetters != consents) {
                r.consentsToLetters = consents;
                r.updatedAt = Instant.now();
                boolean inCustody = r.custodyStatus != CustodyStatus.RELEASED
                        && r.custodyStatus != CustodyStatus.DEPORTED;
                if (consents && inCustody) {
                    available.fire(new RecipientAvailable(r.id));
                }
            }
        });
        return found.map(this::view);
    }

    RecipientView view(Recipient r) {
        return new RecipientView(r, cipher.decrypt(r.fullNameEncrypted, context(r.id, FULL_NAME)),
                "A" + cipher.decrypt(r.aNumberEncrypted, context(r.id, A_NUMBER)));
    }

    /** The associated data that binds a ciphertext to its row and column. */
    static String context(UUID recipientId, String field) {
        return "recipient/" + recipientId + "/" + field;
    }

    static ANumber parseANumber(String raw) {
        return ANumber.parse(raw).orElseThrow(() -> ProblemException.invalidField("aNumber",
                "must be an A-Number: an optional A, then 8 or 9 digits (spaces and dashes are ignored)"));
    }

    private Facility usableFacility(UUID facilityId) {
        Facility f = facilities.find(facilityId)
                .orElseThrow(() -> Refusals.unusable("facilityId", "no such facility"));
        if (!f.active) {
            throw Refusals.unusable("facilityId", "the facility is not active");
        }
        return f;
    }

    private static String displayName(RecipientForm form) {
        if (form.displayName() != null && !form.displayName().isBlank()) {
            String given = form.displayName().strip();
            if (!DisplayNames.isValid(given)) {
                throw ProblemException.invalidField("displayName", "must be a first name and a last initial, "
                        + "such as Ana L.");
            }
            return given;
        }
        String derived = DisplayNames.derive(form.fullName());
        if (derived == null) {
            throw ProblemException.invalidField("displayName", "cannot be derived from the full name: give one, "
                    + "such as Ana L.");
        }
        return derived;
    }

    private void recordCustody(Recipient r, CustodyStatus from, UUID fromFacility, Instant now) {
        CustodyChange c = new CustodyChange();
        c.id = UUID.randomUUID();
        c.recipientId = r.id;
        c.fromStatus = from;
        c.toStatus = r.custodyStatus;
        c.fromFacilityId = fromFacility;
        c.toFacilityId = r.facilityId;
        c.changedBy = access.actor();
        c.changedAt = now;
        custodyChanges.persist(c);
    }

    private static ProblemException alreadyRegistered() {
        return ProblemException.conflict("A recipient with this A-Number is already registered: look them up.");
    }
}
