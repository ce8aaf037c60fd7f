package org.lettersofhope.volunteer.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** The rules of a {@link CommunityEventRequest} that span fields: time zone, schedule and location by format. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = EventPlanValidator.class)
public @interface ValidEventPlan {

    String message() default "is not a valid event plan";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
