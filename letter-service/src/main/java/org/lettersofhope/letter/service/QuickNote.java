package org.lettersofhope.letter.service;

/** A short note typed online by anyone; headquarters prints it, reviews it and mails it like any letter. */
public record QuickNote(String text, String writerFirstName, String language, String region) {
}
