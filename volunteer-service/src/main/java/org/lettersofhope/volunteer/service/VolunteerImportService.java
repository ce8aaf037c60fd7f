package org.lettersofhope.volunteer.service;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Writes the valid rows of a bulk import. Rows go in batches, each batch in one transaction; if a batch fails as a
 * whole, its rows are written one by one so that one bad row never stops the good ones. A row is written
 * completely or not at all.
 */
@ApplicationScoped
public class VolunteerImportService {

    private static final Logger LOG = Logger.getLogger(VolunteerImportService.class);
    static final int BATCH = 500;
    static final int ANALYZE_AFTER = 10_000;

    @Inject
    VolunteerService volunteers;

    /** A row that passed validation, with its spreadsheet row number. */
    public record Row(int row, VolunteerProfile profile) {
    }

    public record Rejection(int row, String reason) {
    }

    public record Outcome(int created, int updated, List<Rejection> failed) {
    }

    /** @param chapterBound the importer acts for {@code chapterId} only: volunteers of other chapters are refused */
    public Outcome write(List<Row> rows, UUID chapterId, boolean chapterBound) {
        int created = 0;
        int updated = 0;
        List<Rejection> failed = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<Row> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
            try {
                VolunteerService.Upserted done = QuarkusTransaction.requiringNew().timeout(120).call(() -> volunteers
                        .upsertBatch(batch.stream().map(Row::profile).toList(), chapterId, chapterBound));
                created += done.created();
                updated += done.updated();
                for (int i : done.refused()) {
                    failed.add(new Rejection(batch.get(i).row(), new VolunteerService.OutsideChapterException()
                            .getMessage()));
                }
            } catch (RuntimeException batchFailure) {
                LOG.warnf("an import batch of %d rows failed as a whole, writing its rows one by one: %s",
                        batch.size(), batchFailure.getClass().getSimpleName());
                for (Row row : batch) {
                    try {
                        if (volunteers.upsertOne(row.profile(), chapterId, chapterBound)) {
                            created++;
                        } else {
                            updated++;
                        }
                    } catch (VolunteerService.OutsideChapterException e) {
                        failed.add(new Rejection(row.row(), e.getMessage()));
                    } catch (RuntimeException e) {
                        failed.add(new Rejection(row.row(), "could not be saved"));
                    }
                }
            }
        }
        if (created >= ANALYZE_AFTER) {
            // A large import changes the table's statistics at once; refresh them now rather than letting searches
            // plan with stale ones until autovacuum gets round to it.
            QuarkusTransaction.requiringNew().run(() -> volunteers.refreshStatistics());
        }
        return new Outcome(created, updated, failed);
    }
}
