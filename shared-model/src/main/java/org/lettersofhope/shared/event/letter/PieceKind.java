package org.lettersofhope.shared.event.letter;

/** The physical form of a piece of mail. */
public enum PieceKind {
    LETTER, POSTCARD, CARD
}
