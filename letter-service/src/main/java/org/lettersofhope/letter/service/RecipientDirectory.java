package org.lettersofhope.letter.service;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.lettersofhope.letter.domain.Recipient;
import org.lettersofhope.letter.domain.RecipientRepository;
import org.lettersofhope.shared.event.letter.CustodyStatus;

/**
 * What the rest of letter-service may know about a recipient without their identifiers: the display name and
 * language a writer sees, where they stand in custody, and whether they consent to letters. Never the full name or
 * A-Number, which stay with {@link RecipientService} for headquarters.
 */
@ApplicationScoped
public class RecipientDirectory {

    /**
     * A recipient as writers and other parts of the service may see them; {@code facilityRegion} is there when the
     * card was read with it ({@link #find}), else null.
     */
    public record RecipientCard(UUID id, String displayName, String preferredLanguage, CustodyStatus custodyStatus,
            boolean consentsToLetters, UUID facilityId, String facilityRegion) {

        /** In custody and consenting: new letters may be written to them. */
        public boolean reachable() {
            return consentsToLetters
                    && (custodyStatus == CustodyStatus.DETAINED || custodyStatus == CustodyStatus.TRANSFERRED);
        }

        public static RecipientCard of(Recipient r) {
            return new RecipientCard(r.id, r.displayName, r.preferredLanguage, r.custodyStatus, r.consentsToLetters,
                    r.facilityId, null);
        }
    }

    @Inject
    RecipientRepository recipients;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RecipientCard> find(UUID recipientId) {
        return recipients.card(recipientId).map(r -> new RecipientCard(r.id(), r.displayName(),
                r.preferredLanguage(), r.custodyStatus(), r.consentsToLetters(), r.facilityId(), r.facilityRegion()));
    }

    /** The cards of many recipients in one query (a page of letters or replies), by id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, RecipientCard> findAll(Collection<UUID> recipientIds) {
        if (recipientIds.isEmpty()) {
            return Map.of();
        }
        return recipients.list("id in ?1", Set.copyOf(recipientIds)).stream()
                .collect(Collectors.toMap(r -> r.id, RecipientCard::of));
    }
}
