package org.lettersofhope.shared.event.letter;

/** A detained person's custody status, as headquarters last learned it. */
public enum CustodyStatus {
    DETAINED, TRANSFERRED, RELEASED, DEPORTED
}
