package org.offeringcompliance.gateway;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

/**
 * The portal's built files (the portal module's jar: portal/index.html, portal/assets/..., listed in portal/files.txt),
 * read once at start-up and kept in memory with a gzip copy: the whole application is a few hundred kilobytes.
 */
final class PortalFiles {

    static final String ROOT = "portal/";
    static final String INDEX = "index.html";

    record PortalFile(String path, byte[] bytes, byte[] gzipped, String contentType, String etag) {

        /** Hashed by the build (assets/name-HASH.ext): its content never changes under its name. */
        boolean immutable() {
            return path.startsWith("assets/");
        }
    }

    private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("json", "application/json"), Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"),
            Map.entry("ico", "image/x-icon"), Map.entry("woff2", "font/woff2"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("webmanifest", "application/manifest+json"));

    private final Map<String, PortalFile> files;

    private PortalFiles(Map<String, PortalFile> files) {
        this.files = files;
    }

    /** The files listed in portal/files.txt on the class path; none when the portal is not there. */
    static PortalFiles load(ClassLoader loader) {
        Map<String, PortalFile> files = new HashMap<>();
        byte[] list = read(loader, ROOT + "files.txt");
        if (list != null) {
            for (String line : new String(list, StandardCharsets.UTF_8).split("\n")) {
                String path = line.strip();
                byte[] bytes = path.isEmpty() ? null : read(loader, ROOT + path);
                if (bytes != null) {
                    files.put(path, file(path, bytes));
                }
            }
        }
        return new PortalFiles(Map.copyOf(files));
    }

    /** The file at a path relative to the portal's root (no leading slash). */
    Optional<PortalFile> get(String path) {
        return Optional.ofNullable(files.get(path));
    }

    Optional<PortalFile> index() {
        return get(INDEX);
    }

    int size() {
        return files.size();
    }

    private static PortalFile file(String path, byte[] bytes) {
        String extension = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        String type = TYPES.getOrDefault(extension, "application/octet-stream");
        boolean compressible = type.startsWith("text/") || type.contains("json") || type.contains("svg");
        byte[] gzipped = compressible ? gzip(bytes) : null;
        return new PortalFile(path, bytes, gzipped != null && gzipped.length < bytes.length ? gzipped : null, type,
                "\"" + sha256(bytes).substring(0, 32) + "\"");
    }

    private static byte[] read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
