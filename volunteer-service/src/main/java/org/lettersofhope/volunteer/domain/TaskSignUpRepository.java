package org.lettersofhope.volunteer.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class TaskSignUpRepository implements PanacheRepositoryBase<TaskSignUp, UUID> {

    public Optional<TaskSignUp> findOf(UUID taskId, UUID volunteerId) {
        return find("taskId = ?1 and volunteerId = ?2", taskId, volunteerId).firstResultOptional();
    }

    public List<TaskSignUp> ofTask(UUID taskId) {
        return list("taskId", Sort.ascending("signedUpAt").and("id"), taskId);
    }

    public List<TaskSignUp> ofVolunteer(UUID volunteerId) {
        return list("volunteerId", Sort.descending("signedUpAt").and("id"), volunteerId);
    }

    /** Sign-ups holding a place (signed up or completed), per task. */
    public Map<UUID, Long> placesTaken(Collection<UUID> taskIds) {
        if (taskIds.isEmpty()) {
            return Map.of();
        }
        return getEntityManager().createQuery("select s.taskId, count(s) from TaskSignUp s "
                + "where s.taskId in :ids and s.status <> :withdrawn group by s.taskId", Object[].class)
                .setParameter("ids", taskIds).setParameter("withdrawn", TaskSignUpStatus.WITHDRAWN)
                .getResultList().stream()
                .collect(Collectors.toMap(r -> (UUID) r[0], r -> ((Number) r[1]).longValue()));
    }

    /** The erased volunteer's sign-ups keep their status and hours, no longer whose they were. */
    public void forgetVolunteer(UUID volunteerId) {
        update("volunteerId = null where volunteerId = ?1", volunteerId);
    }
}
