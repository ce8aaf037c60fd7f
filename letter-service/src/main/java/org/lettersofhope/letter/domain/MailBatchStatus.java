package org.lettersofhope.letter.domain;

/** OPEN: letters are added and taken out. SEALED: the envelope is closed, ready to mail. MAILED: on its way. */
public enum MailBatchStatus {
    OPEN, SEALED, MAILED
}
