package org.lettersofhope.tally.rest;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lettersofhope.tally.domain.NewLedgerEntry;

@Schema(name = "BulkReportReceipt", description = "The entries counted, in the order sent")
public record BulkReportResponse(
        @Schema(examples = "3") int entries,
        @Schema(description = "The quantities added up", examples = "120") long quantity,
        List<UUID> entryIds) {

    static BulkReportResponse of(List<NewLedgerEntry> entries) {
        return new BulkReportResponse(entries.size(), entries.stream().mapToLong(NewLedgerEntry::quantity).sum(),
                entries.stream().map(NewLedgerEntry::id).toList());
    }
}
