package org.lettersofhope.commons.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a write that a volunteer who left may still make with their own token (erasing themselves): every other
 * write is refused to them by {@link FormerVolunteerWrites}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AllowedAfterLeaving {
}
