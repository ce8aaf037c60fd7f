package org.lettersofhope.tally.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class LedgerEntryRepository implements PanacheRepositoryBase<LedgerEntry, UUID> {

    /**
     * A page of a campaign's ledger, newest first, one row more than asked for (so the caller knows whether a
     * next page exists without counting). {@code chapterId} null: every chapter.
     */
    public List<LedgerEntry> page(UUID campaignId, UUID chapterId, LedgerEntry.Kind kind, int offset, int size) {
        StringBuilder q = new StringBuilder("campaignId = :campaign");
        Parameters p = Parameters.with("campaign", campaignId);
        if (chapterId != null) {
            q.append(" and chapterId = :chapter");
            p.and("chapter", chapterId);
        }
        if (kind != null) {
            q.append(" and kind = :kind");
            p.and("kind", kind);
        }
        return find(q.append(" order by seq desc").toString(), p).range(offset, offset + size).list();
    }

    /** The entries of these ids, by id. */
    public Map<UUID, LedgerEntry> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return list("id in ?1", ids).stream().collect(Collectors.toMap(e -> e.id, e -> e));
    }

    /** Stands in for an erased person who recorded entries; no id can be read back from it. */
    public static final String ERASED = "erased";

    /**
     * Forgets an erased volunteer: as the reporter of their report-backs and as the recorder of the entries they
     * made (bulk reports, adjustments). The only changes the ledger allows; every quantity stays.
     */
    public int forgetReporter(UUID volunteerId) {
        int reported = getEntityManager().createNativeQuery(
                "update ledger_entry set reporter_id = null where reporter_id = ?1")
                .setParameter(1, volunteerId).executeUpdate();
        int recorded = getEntityManager().createNativeQuery(
                "update ledger_entry set recorded_by = ?2 where recorded_by = ?1")
                .setParameter(1, volunteerId.toString()).setParameter(2, ERASED).executeUpdate();
        return reported + recorded;
    }
}
