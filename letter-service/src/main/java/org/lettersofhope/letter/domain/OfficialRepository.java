package org.lettersofhope.letter.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class OfficialRepository implements PanacheRepositoryBase<Official, UUID> {

    public Optional<Official> find(UUID id) {
        return findByIdOptional(id);
    }

    public List<Official> findAll(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    /** One seat to look for: a district of a chamber at a level, such as STATE:UPPER:39. */
    public record Seat(OfficeLevel level, Chamber chamber, String district) {
    }

    /** What to look for among officials; a null criterion does not restrict. */
    public record Filter(String namePrefix, OfficeLevel level, String jurisdiction, Chamber chamber,
            String district) {
    }

    /**
     * Officials whose name starts with the prefix (any letter case) and who match the level, jurisdiction, chamber
     * and district given, ordered by name.
     */
    public PanacheQuery<Official> search(Filter f) {
        Sort byName = Sort.by("name").and("id");
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (f.namePrefix() != null && !f.namePrefix().isBlank()) {
            String prefix = f.namePrefix().strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\")
                    .replace("%", "\\%").replace("_", "\\_");
            where.add("lower(name) like :prefix escape '\\'");
            params.put("prefix", prefix + "%");
        }
        Filters.add(where, params, "level = :level", "level", f.level());
        Filters.add(where, params, "jurisdiction = :jurisdiction", "jurisdiction", f.jurisdiction());
        Filters.add(where, params, "chamber = :chamber", "chamber", f.chamber());
        Filters.add(where, params, "district = :district", "district", f.district());
        return where.isEmpty() ? findAll(byName) : find(String.join(" and ", where), byName, params);
    }

    /**
     * The officials of a region: of its country and of the region as a whole (no district), and of the seats given
     * within the region; federal first, then state, county and city, each by name.
     */
    public PanacheQuery<Official> representing(String region, List<Seat> seats) {
        List<String> anyOf = new ArrayList<>(List.of("(jurisdiction = :country and district is null)",
                "(jurisdiction = :region and district is null)"));
        Map<String, Object> params = new HashMap<>();
        params.put("country", region.substring(0, 2));
        params.put("region", region);
        for (int i = 0; i < seats.size(); i++) {
            anyOf.add("(jurisdiction = :region and level = :level" + i + " and chamber = :chamber" + i
                    + " and district = :district" + i + ")");
            params.put("level" + i, seats.get(i).level());
            params.put("chamber" + i, seats.get(i).chamber());
            params.put("district" + i, seats.get(i).district());
        }
        String level = OfficeLevel.class.getName() + ".";
        return find("(" + String.join(" or ", anyOf) + ") order by case level when " + level + "FEDERAL then 0 when "
                + level + "STATE then 1 when " + level + "COUNTY then 2 else 3 end, name, id", params);
    }

    /** Whether any campaign names this official as a target. */
    public boolean isTargeted(UUID id) {
        return ((Number) getEntityManager()
                .createNativeQuery("select count(*) from campaign_target where official_id = :id")
                .setParameter("id", id).getSingleResult()).longValue() > 0;
    }
}
