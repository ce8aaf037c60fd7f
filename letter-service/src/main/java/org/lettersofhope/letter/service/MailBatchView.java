package org.lettersofhope.letter.service;

import org.lettersofhope.letter.domain.MailBatch;

/** A batch with the number of letters in it now. */
public record MailBatchView(MailBatch batch, long letterCount) {
}
