package org.lettersofhope.tally.rest;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lettersofhope.tally.domain.ContributionRepository;
import org.lettersofhope.tally.domain.Metric;
import org.lettersofhope.tally.domain.Source;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(name = "Contribution", description = "What one ledger entry or event added to one metric: the provenance of "
        + "a total. The totals are exactly the sums of these.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContributionResponse(
        long id,
        Metric metric,
        @Schema(description = "Negative where a correction took something back") long quantity,
        @Schema(description = "The UTC hour it counts in") Instant bucket,
        UUID chapterId,
        String region,
        UUID targetId,
        String actionType,
        Source source,
        @Schema(description = "The ledger entry id (ledger sources) or the CloudEvent id that made it")
        String sourceId,
        Instant recordedAt) {

    static ContributionResponse of(ContributionRepository.Row r) {
        return new ContributionResponse(r.id(), r.metric(), r.quantity(), r.bucket(), r.chapterId(), r.region(),
                r.targetId(), r.actionType(), r.source(), r.sourceId(), r.recordedAt());
    }
}
