package org.lettersofhope.volunteer.service;

/** A registration: a guest gives name and email; a volunteer with a token may leave both out. */
public record RsvpForm(String name, String email) {
}
