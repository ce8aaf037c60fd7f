package org.lettersofhope.letter.domain;

/** What a volunteer paid for. */
public enum ReimbursementItemKind {
    STAMPS, POSTAGE, POSTCARDS
}
