package org.lettersofhope.letter.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.lettersofhope.shared.event.letter.CustodyStatus;

/**
 * A detained person who asked for letters. Writers only ever see {@link #displayName} and
 * {@link #preferredLanguage}; the full name and A-Number are held encrypted and decrypted for coordinators only.
 */
@Entity
@Table(name = "recipient")
public class Recipient {

    @Id
    public UUID id;

    /** "First L." */
    @Column(name = "display_name", nullable = false)
    public String displayName;

    /** AES-256-GCM ciphertext of the full name (see IdentifierCipher). */
    @Column(name = "full_name_enc", nullable = false)
    public byte[] fullNameEncrypted;

    /** AES-256-GCM ciphertext of the nine normalised digits. */
    @Column(name = "a_number_enc", nullable = false)
    public byte[] aNumberEncrypted;

    /** HMAC-SHA256 of the nine normalised digits: the exact-match lookup. */
    @Column(name = "a_number_lookup", nullable = false)
    public byte[] aNumberLookup;

    /** The version of the recipient keys its identifiers and lookup value are under (see RecipientKeys). */
    @Column(name = "key_version", nullable = false)
    public int keyVersion;

    /** BCP 47 language tag, e.g. {@code es}. */
    @Column(name = "preferred_language", nullable = false)
    public String preferredLanguage;

    /** Where they are held, or were last held once released or deported. */
    @Column(name = "facility_id", nullable = false)
    public UUID facilityId;

    @Enumerated(EnumType.STRING)
    @Column(name = "custody_status", nullable = false)
    public CustodyStatus custodyStatus;

    @Column(name = "consents_to_letters", nullable = false)
    public boolean consentsToLetters;

    /** When the last quick note went to them; quick notes go to whoever has waited longest. */
    @Column(name = "last_quick_note_at")
    public Instant lastQuickNoteAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** Held at a facility, so that mail reaches them there. */
    public boolean inCustody() {
        return custodyStatus == CustodyStatus.DETAINED || custodyStatus == CustodyStatus.TRANSFERRED;
    }

    /** Whether new letters may be written to them: in custody and consenting. */
    public boolean reachable() {
        return consentsToLetters && inCustody();
    }
}
