package org.lettersofhope.commons.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.lettersofhope.shared.problem.ProblemTypes;

class ProblemCatalogTest {

    @Test
    void everyProblemTypeIsInTheCatalogAndNothingElse() throws Exception {
        Set<String> declared = new TreeSet<>();
        for (Field f : ProblemTypes.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                declared.add((String) f.get(null));
            }
        }
        Set<String> described = new TreeSet<>();
        ProblemCatalog.entries().forEach(e -> described.add(e.type()));
        assertEquals(declared, described);
    }

    @Test
    void everyStatusMapsToADescribedTypeWithThatStatus() {
        for (int status = 400; status < 600; status++) {
            String type = ProblemTypes.forStatus(status);
            if (!type.equals("about:blank")) {
                assertTrue(ProblemCatalog.byName(type.substring(type.lastIndexOf(':') + 1)).isPresent(), type);
            }
        }
    }

    @Test
    void docsListEveryTypeWithItsStatusAndTitle() throws Exception {
        String doc = Files.readString(Path.of("../docs/problems.md"));
        List<String> missing = new ArrayList<>();
        for (ProblemCatalog.Entry e : ProblemCatalog.entries()) {
            String row = "| `" + e.type() + "` | " + e.status() + " | " + e.title() + " | " + e.meaning() + " |";
            if (!doc.contains(row)) {
                missing.add(row);
            }
        }
        assertEquals(List.of(), missing, "rows docs/problems.md lacks or words differently");
    }

    @Test
    void aNameIsOnlyEverTheLastPartOfAKnownType() {
        assertEquals("urn:lettersofhope:problem:too-many-requests",
                ProblemCatalog.byName("too-many-requests").orElseThrow().type());
        assertTrue(ProblemCatalog.byName("../validation").isEmpty());
        assertTrue(ProblemCatalog.byName("").isEmpty());
    }
}
