package org.lettersofhope.tally.domain;

import org.lettersofhope.shared.event.letter.PieceKind;

/** What a volunteer did for a campaign. */
public enum ActionType {
    LETTER, POSTCARD, CARD, CALL, EMAIL, PETITION_SIGNATURE, SOCIAL_POST;

    public static ActionType of(PieceKind kind) {
        return switch (kind) {
            case LETTER -> LETTER;
            case POSTCARD -> POSTCARD;
            case CARD -> CARD;
        };
    }
}
