package org.lettersofhope.volunteer.service;

import java.util.Set;

import org.lettersofhope.shared.event.volunteer.VolunteerRole;

/** What the public intake form tells us, already validated at the API boundary. */
public record VolunteerRegistration(String firstName, String lastName, String email, String postalCode, String region,
        Set<VolunteerRole> roles) {
}
