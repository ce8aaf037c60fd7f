package org.lettersofhope.letter.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

/**
 * Takes an erased volunteer out of everything letter-service holds (docs/erasure.md): their id becomes null in
 * letters, replies, advocacy logs, reimbursements, pen-pal matches and offers, and wherever they acted (history entries,
 * batches, decisions) the actor becomes {@value #ERASED}; their reimbursements lose the receipt reference. Every row
 * stays, with its campaign, chapter, region, counts and amounts, so that what was counted stays counted. Only the
 * writer projection's row keeps the id, as the mark that the volunteer was erased (it holds nothing else of them).
 */
@ApplicationScoped
public class WriterErasure {

    private static final Logger LOG = Logger.getLogger(WriterErasure.class);

    /** Stands in for an erased person where a column names who acted; no id can be read back from it. */
    public static final String ERASED = "erased";

    /** Where the erased volunteer's id is a uuid column: set to null. */
    private static final List<String> BY_ID = List.of(
            "update letter set writer_id = null, updated_at = ?2, version = version + 1 where writer_id = ?1",
            "update reply set writer_id = null where writer_id = ?1",
            "update advocacy_log set volunteer_id = null where volunteer_id = ?1",
            "update advocacy_log set logged_by = null where logged_by = ?1",
            "update reimbursement set volunteer_id = null, receipt_reference = null, "
                    + "rejection_reason = case when rejection_reason is null then null else '" + ERASED + "' end, "
                    + "updated_at = ?2, version = version + 1 where volunteer_id = ?1",
            "update reimbursement set decided_by = null where decided_by = ?1",
            "update pen_pal_match set writer_id = null, version = version + 1 where writer_id = ?1",
            "update pen_pal_match set matched_by = null where matched_by = ?1",
            "update pen_pal_match set ended_by = null where ended_by = ?1",
            "update pen_pal_offer set writer_id = null, version = version + 1 where writer_id = ?1",
            "update pen_pal_offer set decided_by = null where decided_by = ?1",
            "update guidelines_version set published_by = null where published_by = ?1");

    /** Where a column records who acted as text (a person's id or an API key's name): set to {@value #ERASED}. */
    private static final List<String> BY_ACTOR = List.of(
            "update letter_transition set changed_by = '" + ERASED + "' where changed_by = ?1",
            "update reply set logged_by = '" + ERASED + "' where logged_by = ?1",
            "update mail_batch set created_by = '" + ERASED + "' where created_by = ?1",
            "update recipient_custody_change set changed_by = '" + ERASED + "' where changed_by = ?1");

    @Inject
    EntityManager em;

    /** Runs in the consumer's transaction of the {@code VolunteerErased} event, after the matches were ended. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(UUID volunteerId, Instant at) {
        // The matches just ended are written first: these statements must not be overwritten by their later flush.
        em.flush();
        int rows = 0;
        for (String sql : BY_ID) {
            var q = em.createNativeQuery(sql).setParameter(1, volunteerId);
            if (sql.contains("?2")) {
                q.setParameter(2, at);
            }
            rows += q.executeUpdate();
        }
        for (String sql : BY_ACTOR) {
            rows += em.createNativeQuery(sql).setParameter(1, volunteerId.toString()).executeUpdate();
        }
        LOG.debugf("erasure of a volunteer changed %d rows", rows);
    }
}
