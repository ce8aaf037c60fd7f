package org.lettersofhope.letter.service;

/** Small normalisations of free text from requests. */
final class Texts {

    private Texts() {
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
