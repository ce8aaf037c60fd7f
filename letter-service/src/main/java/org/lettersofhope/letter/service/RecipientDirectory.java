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

import org.lettersofhope.letter.domain.RecipientCard;
import org.lettersofhope.letter.domain.RecipientRepository;

/**
 * What the rest of letter-service may know about a recipient without their identifiers: the display name and
 * language a writer sees, where they stand in custody, and whether they consent to letters. Never the full name or
 * A-Number, which stay with {@link RecipientService} for headquarters.
 */
@ApplicationScoped
public class RecipientDirectory {

    @Inject
    RecipientRepository recipients;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RecipientCard> find(UUID recipientId) {
        return recipients.card(recipientId);
    }

    /** The cards of many recipients in one query (a page of letters or replies), by id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, RecipientCard> findAll(Collection<UUID> recipientIds) {
        if (recipientIds.isEmpty()) {
            return Map.of();
        }
        return recipients.cards(Set.copyOf(recipientIds)).stream()
                .collect(Collectors.toMap(RecipientCard::id, card -> card));
    }
}
