package org.lettersofhope.devinfra.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * Checks a manifest as the API server would with strict field validation ({@code kubectl apply}'s default): unknown
 * fields and wrong types are refused.
 * <ul>
 * <li>Built-in kinds: the official Kubernetes Java client's models, generated from the API server's OpenAPI document,
 * which refuse a field their type does not declare and a value of the wrong type.</li>
 * <li>Strimzi's kinds: the {@code openAPIV3Schema} of each CRD as Strimzi's own CRD generator makes it from Strimzi's
 * API classes (the same way Strimzi builds the CRDs it installs), checked by a JSON Schema validator, with every
 * object that does not preserve unknown fields closed ({@code additionalProperties: false}), as the API server's
 * strict validation treats it.</li>
 * <li>CloudNativePG's kinds: the models that {@code @kubernetes-models/cloudnative-pg} (npm) generates from
 * CloudNativePG's CRDs, by {@code src/test/resources/cnpg/check.mjs}: the TypeScript compiler checks each document
 * against its kind's interface (an unknown field anywhere is an excess property, a wrong type or a missing required
 * field an error), and the kind's generated JSON Schema validator checks patterns, enums and bounds. npm installs
 * the pinned packages once into {@code target/}.</li>
 * </ul>
 * Both Strimzi artifacts are built for Java 21, so the generator runs in a Java 21+ JVM of this machine.
 */
public final class ManifestSchemas {

    /** The built-in kinds of the layout, by apiVersion/kind, and the client model that describes each. */
    private static final Map<String, String> BUILT_IN = Map.ofEntries(
            Map.entry("v1/Namespace", "V1Namespace"),
            Map.entry("v1/ConfigMap", "V1ConfigMap"),
            Map.entry("v1/Secret", "V1Secret"),
            Map.entry("v1/Service", "V1Service"),
            Map.entry("apps/v1/Deployment", "V1Deployment"),
            Map.entry("policy/v1/PodDisruptionBudget", "V1PodDisruptionBudget"),
            Map.entry("batch/v1/Job", "V1Job"),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", "V2HorizontalPodAutoscaler"),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", "V1NetworkPolicy"));

    /** Strimzi's kinds and the API class each CRD is generated from. */
    private static final Map<String, String> STRIMZI = Map.of(
            "Kafka", "io.strimzi.api.kafka.model.kafka.Kafka",
            "KafkaNodePool", "io.strimzi.api.kafka.model.nodepool.KafkaNodePool",
            "KafkaTopic", "io.strimzi.api.kafka.model.topic.KafkaTopic",
            "KafkaUser", "io.strimzi.api.kafka.model.user.KafkaUser");

    private static final String STRIMZI_API_VERSION = "kafka.strimzi.io/v1";

    /** CloudNativePG's kinds of the layout. */
    private static final java.util.Set<String> CNPG = java.util.Set.of("Cluster", "Database", "ScheduledBackup");

    private static final String CNPG_API_VERSION = "postgresql.cnpg.io/v1";

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private final Map<String, Schema> strimzi = new HashMap<>();

    /** Where the CloudNativePG checker is installed. */
    private final Path cnpgChecker;

    private ManifestSchemas(Map<String, Schema> strimzi, Path cnpgChecker) {
        this.strimzi.putAll(strimzi);
        this.cnpgChecker = cnpgChecker;
    }

    /** Generates Strimzi's CRDs into {@code workDir} and loads their schemas; installs the CloudNativePG checker. */
    public static ManifestSchemas load(Path dir) {
        Path workDir = dir.toAbsolutePath(); // the generator runs in it, so the paths it is given must not be relative
        try {
            Files.createDirectories(workDir);
            Path cnpg = installCnpgChecker(workDir.resolve("cnpg"));
            List<String> command = new ArrayList<>(List.of(java21().toString(), "-cp",
                    System.getProperty("java.class.path"), "io.strimzi.crdgenerator.CrdGenerator", "--yaml",
                    "--api-versions", "v1", "--storage-version", "v1"));
            STRIMZI.forEach((kind, type) -> command.add(type + "=" + workDir.resolve(kind + ".yaml")));
            run(workDir, Duration.ofMinutes(2), command.toArray(String[]::new));
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);
            Map<String, Schema> schemas = new HashMap<>();
            for (String kind : STRIMZI.keySet()) {
                JsonNode crd = Manifests.documents(workDir.resolve(kind + ".yaml")).get(0);
                JsonNode version = crd.path("spec").path("versions").get(0);
                if (!"v1".equals(version.path("name").asText())) {
                    throw new IllegalStateException(kind + " CRD lacks v1: " + version.path("name"));
                }
                ObjectNode schema = version.path("schema").path("openAPIV3Schema").deepCopy();
                close(schema);
                schemas.put(kind, registry.getSchema(schema));
            }
            return new ManifestSchemas(schemas, cnpg);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Whether a schema for this document's kind is known here. */
    public boolean knows(JsonNode doc) {
        return builtIn(doc).isPresent() || strimziKind(doc).isPresent() || cnpgKind(doc);
    }

    /** What the API server would refuse in this document; empty when it is valid. */
    public List<String> problems(JsonNode doc) {
        return problems(List.of(doc)).get(0);
    }

    /** {@link #problems(JsonNode)} of each document, in order (CloudNativePG's checked in one run of the checker). */
    public List<List<String>> problems(List<JsonNode> docs) {
        List<List<String>> problems = new ArrayList<>();
        List<Integer> cnpg = new ArrayList<>();
        for (JsonNode doc : docs) {
            List<String> found = new ArrayList<>();
            Optional<String> model = builtIn(doc);
            Optional<String> kind = strimziKind(doc);
            if (model.isPresent()) {
                found.addAll(builtInProblems(model.get(), doc));
            } else if (kind.isPresent()) {
                strimzi.get(kind.get()).validate(doc).forEach(e -> found.add(e.toString()));
                // The CRD leaves metadata open; the API server checks it as ObjectMeta.
                found.addAll(builtInProblems("V1ObjectMeta", doc.path("metadata")));
            } else if (cnpgKind(doc)) {
                cnpg.add(problems.size());
            } else {
                found.add("no schema for " + doc.path("apiVersion").asText() + "/" + doc.path("kind").asText());
            }
            problems.add(found);
        }
        if (!cnpg.isEmpty()) {
            List<List<String>> checked = cnpgProblems(cnpg.stream().map(docs::get).toList());
            for (int i = 0; i < cnpg.size(); i++) {
                problems.get(cnpg.get(i)).addAll(checked.get(i));
            }
        }
        return problems;
    }

    private static boolean cnpgKind(JsonNode doc) {
        return CNPG_API_VERSION.equals(doc.path("apiVersion").asText()) && CNPG.contains(doc.path("kind").asText());
    }

    /** Copies the checker and its pinned package lock to {@code dir} and installs them there, once. */
    private static Path installCnpgChecker(Path dir) throws IOException, InterruptedException {
        Path source = Path.of("src", "test", "resources", "cnpg");
        Files.createDirectories(dir);
        for (String file : List.of("package.json", "package-lock.json", "check.mjs")) {
            Files.copy(source.resolve(file), dir.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.isDirectory(dir.resolve("node_modules/@kubernetes-models/cloudnative-pg"))
                || !Files.isDirectory(dir.resolve("node_modules/typescript"))) {
            run(dir, Duration.ofMinutes(5), "npm", "ci", "--no-audit", "--no-fund");
        }
        return dir;
    }

    /** Runs the checker once over {@code docs}; answers each document's problems, in order. */
    private List<List<String>> cnpgProblems(List<JsonNode> docs) {
        try {
            Path input = Files.createTempFile(cnpgChecker, "documents-", ".json");
            Files.writeString(input, JSON.writeValueAsString(docs));
            String out = run(cnpgChecker, Duration.ofMinutes(2), "node", "check.mjs", input.toAbsolutePath().toString());
            List<List<String>> problems = new ArrayList<>();
            docs.forEach(d -> problems.add(new ArrayList<>()));
            for (String line : out.split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode p = JSON.readTree(line);
                int index = p.path("index").asInt(-1);
                if (index < 0 || index >= docs.size()) {
                    throw new IllegalStateException("the CloudNativePG checker answered: " + line);
                }
                problems.get(index).add(p.path("problem").asText());
            }
            return problems;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs {@code command} in {@code dir}; answers its standard output, or fails with everything it printed. */
    private static String run(Path dir, Duration timeout, String... command) throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, "out-", ".log");
        Path err = Files.createTempFile(dir, "err-", ".log");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " failed in " + dir + ": "
                    + Files.readString(out) + Files.readString(err));
        }
        return Files.readString(out);
    }

    private static Optional<String> builtIn(JsonNode doc) {
        return Optional.ofNullable(BUILT_IN.get(doc.path("apiVersion").asText() + "/" + doc.path("kind").asText()));
    }

    private static Optional<String> strimziKind(JsonNode doc) {
        String kind = doc.path("kind").asText();
        return STRIMZI_API_VERSION.equals(doc.path("apiVersion").asText()) && STRIMZI.containsKey(kind)
                ? Optional.of(kind)
                : Optional.empty();
    }

    /** The model's {@code fromJson} checks every field against the OpenAPI type, then reads the values typed. */
    private static List<String> builtInProblems(String model, JsonNode doc) {
        try {
            Class<?> type = Class.forName("io.kubernetes.client.openapi.models." + model);
            type.getMethod("fromJson", String.class).invoke(null, doc.toString());
            return List.of();
        } catch (java.lang.reflect.InvocationTargetException e) {
            return List.of(model + ": " + e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Refuses unknown fields wherever the CRD does not preserve them, as strict field validation does. */
    private static void close(JsonNode schema) {
        if (schema instanceof ObjectNode o) {
            if (o.has("properties") && !o.has("additionalProperties")
                    && !o.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
                o.put("additionalProperties", false);
            }
            for (Iterator<JsonNode> it = o.elements(); it.hasNext();) {
                close(it.next());
            }
        } else if (schema != null && schema.isArray()) {
            schema.forEach(ManifestSchemas::close);
        }
    }

    /** This JVM when it is 21 or newer, else the newest 21+ JDK installed beside it (e.g. under /usr/lib/jvm). */
    private static Path java21() throws IOException {
        if (Runtime.version().feature() >= 21) {
            return Path.of(System.getProperty("java.home"), "bin", "java");
        }
        List<Path> places = new ArrayList<>();
        Optional.ofNullable(System.getenv("JAVA_21_HOME")).map(Path::of).ifPresent(places::add);
        for (Path dir : List.of(Path.of(System.getProperty("java.home")).getParent(), Path.of("/usr/lib/jvm"))) {
            if (dir != null && Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.list(dir)) {
                    s.sorted(java.util.Comparator.reverseOrder()).forEach(places::add);
                }
            }
        }
        for (Path home : places) {
            Path release = home.resolve("release");
            Path java = home.resolve("bin/java");
            if (Files.isRegularFile(release) && Files.isExecutable(java) && feature(release) >= 21) {
                return java;
            }
        }
        throw new IllegalStateException("Strimzi's CRD generator needs Java 21 or newer: none found in " + places
                + " (set JAVA_21_HOME)");
    }

    private static int feature(Path release) throws IOException {
        for (String line : Files.readAllLines(release)) {
            if (line.startsWith("JAVA_VERSION=")) {
                String v = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                int end = v.indexOf('.');
                try {
                    return Integer.parseInt(end < 0 ? v : v.substring(0, end));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 0;
    }

}
