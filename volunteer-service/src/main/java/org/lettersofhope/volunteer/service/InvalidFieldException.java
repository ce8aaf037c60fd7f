package org.lettersofhope.volunteer.service;

/** A field is acceptable on its own but not for this caller or this record, e.g. a guest RSVP without an email. */
public class InvalidFieldException extends RuntimeException {

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
