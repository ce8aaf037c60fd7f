package org.lettersofhope.volunteer.service;

import java.util.Set;

import org.lettersofhope.shared.event.volunteer.VolunteerRole;
import org.lettersofhope.volunteer.domain.Availability;

/** Everything a person tells us about themselves, already validated at the API boundary. */
public record VolunteerProfile(String firstName, String lastName, String email, String phone, String postalCode,
        String city, String region, String country, Set<String> languages, Set<VolunteerRole> roles,
        Set<String> skills, Set<String> interests, Integer hoursPerWeek, Set<Availability> availability,
        String heardFrom, boolean contactConsent) {
}
