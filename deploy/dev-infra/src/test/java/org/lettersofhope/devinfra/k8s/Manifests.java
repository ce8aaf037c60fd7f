package org.lettersofhope.devinfra.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** The Kubernetes layout in {@code deploy/k8s}, read as the documents {@code kubectl apply} would send. */
public final class Manifests {

    public static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private Manifests() {
    }

    /** The checkout this JVM runs in (found from the working directory upwards). */
    public static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("deploy/k8s"))) {
                return dir;
            }
        }
        throw new IllegalStateException("deploy/k8s not found above " + Path.of("").toAbsolutePath());
    }

    public static Path dir() {
        return root().resolve("deploy/k8s");
    }

    /** Every file of the layout. */
    public static List<Path> files() {
        try (Stream<Path> s = Files.list(dir())) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The documents of one file of the layout, e.g. {@code kafka.yaml}. */
    public static List<JsonNode> documents(String file) {
        return documents(dir().resolve(file));
    }

    public static List<JsonNode> documents(Path file) {
        try (var parser = YAML.getFactory().createParser(file.toFile())) {
            return YAML.readValues(parser, JsonNode.class).readAll().stream().filter(n -> n != null && !n.isNull())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every document of the layout. */
    public static List<JsonNode> all() {
        List<JsonNode> docs = new ArrayList<>();
        files().forEach(f -> docs.addAll(documents(f)));
        return docs;
    }

    /** The documents of one kind, e.g. {@code KafkaTopic}, across the layout. */
    public static List<JsonNode> ofKind(String kind) {
        return all().stream().filter(d -> d.path("kind").asText().equals(kind)).toList();
    }

    public static String name(JsonNode doc) {
        return doc.path("metadata").path("name").asText();
    }

    public static String namespace(JsonNode doc) {
        return doc.path("metadata").path("namespace").asText();
    }
}
