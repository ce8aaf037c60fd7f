package org.lettersofhope.letter.domain;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class OfficialRepository implements PanacheRepositoryBase<Official, UUID> {

    public Optional<Official> find(UUID id) {
        return findByIdOptional(id);
    }

    public List<Official> findAll(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    /** Officials whose name starts with {@code namePrefix} (any letter case), or all, ordered by name. */
    public PanacheQuery<Official> search(String namePrefix) {
        Sort byName = Sort.by("name").and("id");
        if (namePrefix == null || namePrefix.isBlank()) {
            return findAll(byName);
        }
        String prefix = namePrefix.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_");
        return find("lower(name) like :prefix escape '\\'", byName, Parameters.with("prefix", prefix + "%"));
    }

    /** Whether any campaign names this official as a target. */
    public boolean isTargeted(UUID id) {
        return ((Number) getEntityManager()
                .createNativeQuery("select count(*) from campaign_target where official_id = :id")
                .setParameter("id", id).getSingleResult()).longValue() > 0;
    }
}
