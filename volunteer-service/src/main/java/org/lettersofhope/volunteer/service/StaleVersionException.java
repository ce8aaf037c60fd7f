package org.lettersofhope.volunteer.service;

/** The record changed since the client read it: its If-Match no longer names the current version. */
public class StaleVersionException extends RuntimeException {

    public StaleVersionException() {
        super("stale version", null, false, false);
    }
}
