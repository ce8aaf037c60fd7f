package org.lettersofhope.letter.service;

import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.lettersofhope.commons.rest.CsvUpload;
import org.lettersofhope.letter.domain.Chamber;
import org.lettersofhope.letter.domain.OfficeLevel;
import org.lettersofhope.letter.domain.OfficialRepository;
import org.lettersofhope.letter.domain.PostalCode;
import org.lettersofhope.letter.domain.PostalCodeRepository;
import org.lettersofhope.shared.event.Regions;

/**
 * The postal-code table the operator loads from CSV files: where each code is (country, postalCode, region, latitude,
 * longitude), so that facilities can be found by distance from it, and which districts it lies in (country,
 * postalCode, level, chamber, district), so that volunteers find their officials from it. A row with a known country
 * and code replaces it.
 */
@ApplicationScoped
public class PostalCodeService {

    public static final int MAX_ROWS = 200_000;
    static final CsvUpload.Columns COLUMNS = new CsvUpload.Columns(
            List.of("country", "postalCode", "region", "latitude", "longitude"),
            List.of("country", "postalCode", "region", "latitude", "longitude"));
    private static final Pattern COUNTRY = Pattern.compile("^[A-Z]{2}$");
    private static final Pattern CODE = Pattern.compile("^[A-Z0-9-]{2,12}$");
    private static final Pattern REGION = Pattern.compile(Regions.PATTERN);
    private static final int BATCH = 1000;

    /** A row not taken, with its spreadsheet row number (the header is row 1). */
    public record Rejection(int row, String reason) {
    }

    public record Outcome(int imported, List<Rejection> rejected) {
    }

    @Inject
    PostalCodeRepository codes;

    @Inject
    Access access;

    /** Reads the whole file first: a malformed one writes nothing, and bad rows never stop the good ones. */
    @Transactional
    public Outcome importCsv(InputStream body) {
        access.requireHeadquarters();
        Map<PostalCode.Key, Integer> rowOf = new HashMap<>();
        List<PostalCode> valid = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        Instant now = Instant.now();
        CsvUpload.read(body, COLUMNS, MAX_ROWS, row -> {
            try {
                PostalCode code = parse(row);
                Integer earlier = rowOf.putIfAbsent(code.key, row.number());
                if (earlier != null) {
                    rejected.add(new Rejection(row.number(), "same country and postalCode as row " + earlier));
                } else {
                    valid.add(code);
                }
            } catch (IllegalArgumentException e) {
                rejected.add(new Rejection(row.number(), e.getMessage()));
            }
        });
        for (int from = 0; from < valid.size(); from += BATCH) {
            codes.upsert(valid.subList(from, Math.min(valid.size(), from + BATCH)), now);
        }
        return new Outcome(valid.size(), rejected);
    }

    static final CsvUpload.Columns DISTRICT_COLUMNS = new CsvUpload.Columns(
            List.of("country", "postalCode", "level", "chamber", "district"),
            List.of("country", "postalCode", "level", "chamber", "district"));
    private static final Pattern DISTRICT = Pattern.compile("^[A-Za-z0-9-]{1,20}$");

    /**
     * Loads which districts postal codes lie in: each code the file names gets exactly the districts of its rows (a
     * new map after redistricting replaces the old one). A code must be in the postal-code table already.
     */
    @Transactional
    public Outcome importDistricts(InputStream body) {
        access.requireHeadquarters();
        List<PostalCodeRepository.District> rows = new ArrayList<>();
        List<Integer> rowNumbers = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        CsvUpload.read(body, DISTRICT_COLUMNS, MAX_ROWS, row -> {
            try {
                rows.add(parseDistrict(row));
                rowNumbers.add(row.number());
            } catch (IllegalArgumentException e) {
                rejected.add(new Rejection(row.number(), e.getMessage()));
            }
        });
        java.util.Set<PostalCode.Key> known = codes.known(rows.stream().map(PostalCodeRepository.District::key)
                .toList());
        List<PostalCodeRepository.District> valid = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (known.contains(rows.get(i).key())) {
                valid.add(rows.get(i));
            } else {
                rejected.add(new Rejection(rowNumbers.get(i), "postalCode is not in the postal-code table; load it "
                        + "with POST /api/postal-codes/import first"));
            }
        }
        rejected.sort(java.util.Comparator.comparingInt(Rejection::row));
        codes.replaceDistricts(valid, Instant.now());
        return new Outcome(valid.size(), rejected);
    }

    /** The districts the postal-code table's districts map gives for a code. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OfficialRepository.Seat> seatsOf(PostalCode code) {
        return codes.seatsOf(code.key);
    }

    private static PostalCodeRepository.District parseDistrict(CsvUpload.Row row) {
        PostalCode.Key key = key(row);
        OfficeLevel level = enumCell(row, "level", OfficeLevel.class);
        Chamber chamber = enumCell(row, "chamber", Chamber.class);
        if (chamber == Chamber.EXECUTIVE) {
            throw new IllegalArgumentException("chamber must be UPPER, LOWER or COUNCIL: an executive has no district");
        }
        String district = required(row, "district");
        if (!DISTRICT.matcher(district).matches()) {
            throw new IllegalArgumentException("district must be 1 to 20 letters, digits or hyphens");
        }
        return new PostalCodeRepository.District(key, level, chamber, district);
    }

    private static <E extends Enum<E>> E enumCell(CsvUpload.Row row, String column, Class<E> type) {
        try {
            return Enum.valueOf(type, required(row, column).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(column + " must be one of "
                    + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    /** Where the postal code is, if the table has it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PostalCode> locate(String country, String postalCode) {
        return codes.find(new PostalCode.Key(country.trim().toUpperCase(Locale.ROOT), normalize(postalCode)));
    }

    /** Upper-cased, without spaces: "sw1a 1aa" and "SW1A1AA" are one code. */
    public static String normalize(String postalCode) {
        return postalCode.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    private static PostalCode parse(CsvUpload.Row row) {
        PostalCode p = new PostalCode();
        p.key = key(row);
        String country = p.key.country();
        String region = required(row, "region");
        if (!REGION.matcher(region).matches()) {
            throw new IllegalArgumentException("region must be an ISO 3166-2 code such as US-CA");
        }
        region = Regions.normalize(region);
        if (!region.startsWith(country + "-")) {
            throw new IllegalArgumentException("region must be in the row's country");
        }
        p.region = region;
        p.latitude = degrees(row, "latitude", 90);
        p.longitude = degrees(row, "longitude", 180);
        return p;
    }

    private static PostalCode.Key key(CsvUpload.Row row) {
        String country = required(row, "country").toUpperCase(Locale.ROOT);
        if (!COUNTRY.matcher(country).matches()) {
            throw new IllegalArgumentException("country must be an ISO 3166-1 alpha-2 code such as US");
        }
        String code = normalize(required(row, "postalCode"));
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("postalCode must be 2 to 12 letters, digits or hyphens");
        }
        return new PostalCode.Key(country, code);
    }

    private static String required(CsvUpload.Row row, String column) {
        String v = row.text(column);
        if (v == null) {
            throw new IllegalArgumentException(column + " is required");
        }
        return v;
    }

    private static double degrees(CsvUpload.Row row, String column, double bound) {
        String v = required(row, column);
        try {
            double d = Double.parseDouble(v);
            if (Double.isFinite(d) && Math.abs(d) <= bound) {
                return d;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException(column + " must be a number of degrees within ±" + (int) bound);
    }
}
