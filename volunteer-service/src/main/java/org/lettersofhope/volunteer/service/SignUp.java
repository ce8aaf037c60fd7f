package org.lettersofhope.volunteer.service;

import java.util.Set;

import org.lettersofhope.shared.event.volunteer.VolunteerRole;
import org.lettersofhope.volunteer.domain.Availability;

/**
 * A public sign-up as submitted, already validated at the API boundary. Fields left out are null: confirming a
 * sign-up for a known address changes only the fields it carries and never erases the others.
 */
public record SignUp(String firstName, String lastName, String email, String phone, String postalCode, String city,
        String region, String country, Set<String> languages, Set<VolunteerRole> roles, Set<String> skills,
        Set<String> interests, Integer hoursPerWeek, Set<Availability> availability, String heardFrom,
        Boolean contactConsent) {
}
