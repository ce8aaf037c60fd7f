package org.lettersofhope.devinfra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The event backbone's access list, {@code deploy/kafka/acls.txt}: read by the tests that hold the production layout
 * and the services to it. Plain records, no Kafka types, so that any test classpath can read it.
 */
public final class KafkaAcls {

    public static final String FILE = "deploy/kafka/acls.txt";

    public enum Operation { READ, WRITE }

    public enum Resource { TOPIC, GROUP }

    public enum Pattern { LITERAL, PREFIXED }

    public record Acl(String principal, Operation operation, Resource resource, Pattern pattern, String name) {

        /** Whether this entry covers a resource of that type and name. */
        public boolean covers(Resource type, String resourceName) {
            return resource == type
                    && (pattern == Pattern.LITERAL ? name.equals(resourceName) : resourceName.startsWith(name));
        }
    }

    private KafkaAcls() {
    }

    /** The list of the checkout this JVM runs in (found from the working directory upwards). */
    public static List<Acl> load() {
        return parse(locate());
    }

    public static List<Acl> parse(Path file) {
        List<Acl> acls = new ArrayList<>();
        try {
            int n = 0;
            for (String line : Files.readAllLines(file)) {
                n++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                String[] f = text.split("\\s+");
                if (f.length != 5) {
                    throw new IllegalArgumentException(file + ":" + n + ": expected 5 columns, found " + f.length);
                }
                acls.add(new Acl(f[0], Operation.valueOf(f[1].toUpperCase(Locale.ROOT)),
                        Resource.valueOf(f[2].toUpperCase(Locale.ROOT)), Pattern.valueOf(f[3].toUpperCase(Locale.ROOT)),
                        f[4]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(acls);
    }

    public static Set<String> principals(List<Acl> acls) {
        return acls.stream().map(Acl::principal).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    public static List<Acl> of(List<Acl> acls, String principal) {
        return acls.stream().filter(a -> a.principal().equals(principal)).toList();
    }

    /** Whether {@code principal} may perform {@code operation} on the resource. */
    public static boolean allows(List<Acl> acls, String principal, Operation operation, Resource type, String name) {
        return acls.stream().anyMatch(a -> a.principal().equals(principal) && a.operation() == operation
                && a.covers(type, name));
    }

    static Path locate() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(FILE);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(FILE + " not found above " + Path.of("").toAbsolutePath());
    }
}
