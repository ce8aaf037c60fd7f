package org.lettersofhope.shared.event;

/** A record on a topic that is not a readable event of a known type. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
