package org.lettersofhope.volunteer.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class TaskHoursRepository implements PanacheRepositoryBase<TaskHours, UUID> {

    /** Every log of the given sign-ups, withdrawn ones too, by day. */
    public Map<UUID, List<TaskHours>> ofSignUps(Collection<UUID> signUpIds) {
        if (signUpIds.isEmpty()) {
            return Map.of();
        }
        return list("signUpId in ?1", Sort.ascending("workedOn").and("loggedAt").and("id"), signUpIds).stream()
                .collect(Collectors.groupingBy(h -> h.signUpId));
    }

    /** Minutes still counted for one sign-up on one day. */
    public long countedMinutes(UUID signUpId, LocalDate day) {
        Number sum = getEntityManager().createQuery("select coalesce(sum(h.minutes), 0) from TaskHours h "
                + "where h.signUpId = :s and h.workedOn = :d and h.withdrawnAt is null", Number.class)
                .setParameter("s", signUpId).setParameter("d", day).getSingleResult();
        return sum.longValue();
    }
}
