package org.lettersofhope.letter.domain;

/** Things a facility's mail room refuses; headquarters checks letters against them before batching. */
public enum RefusedItem {
    GLITTER, STICKERS, COLORED_PAPER, COLORED_ENVELOPES, GREETING_CARDS, MUSICAL_CARDS, POSTCARDS, PHOTOS, DRAWINGS,
    CRAYON_OR_MARKER, STAPLES_OR_CLIPS, TAPE_OR_GLUE, PERFUME_OR_STAINS, PADDED_ENVELOPES
}
