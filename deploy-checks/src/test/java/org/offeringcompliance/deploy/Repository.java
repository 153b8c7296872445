package org.offeringcompliance.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The checked-out repository the checks read: compose file, manifests, and every service's own configuration. */
final class Repository {

    private static final Path ROOT = locate();

    private Repository() {}

    static Path root() {
        return ROOT;
    }

    static Path path(String relative) {
        return ROOT.resolve(relative);
    }

    static String read(String relative) {
        return read(path(relative));
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Set by surefire (pom.xml); falls back to the module's parent when the tests run from an IDE. */
    private static Path locate() {
        String configured = System.getProperty("deploy.repository.root", "");
        Path root = configured.isBlank() ? Path.of("").toAbsolutePath().getParent() : Path.of(configured);
        if (!Files.isDirectory(root.resolve("deploy")) || !Files.isRegularFile(root.resolve("pom.xml"))) {
            throw new IllegalStateException("not the repository root (no deploy/ and pom.xml): " + root);
        }
        return root.toAbsolutePath().normalize();
    }
}
