package org.lettersofhope.letter.service;

import org.lettersofhope.letter.domain.RecipientCard;
import org.lettersofhope.letter.domain.Reply;

/** A reply with the display name and language of who wrote it, for a caller of the given standing. */
public record ReplyView(Reply reply, RecipientCard recipient, Standing standing) {
}
