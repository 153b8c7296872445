package org.offeringcompliance.deploy;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service as its own src/main/resources/application.properties describes it: the HTTP port and the environment
 * variables it reads in the prod profile (the one containers run), each with its default.
 */
record ServiceModule(String name, Path dir, int port, Map<String, String> env, Properties properties) {

    private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");

    /** Every module of the root pom with an application.properties that sets an HTTP port. */
    static List<ServiceModule> all() {
        List<ServiceModule> modules = new ArrayList<>();
        Matcher m = MODULE.matcher(Repository.read("pom.xml"));
        while (m.find()) {
            Path dir = Repository.path(m.group(1).trim());
            Path file = dir.resolve("src/main/resources/application.properties");
            if (Files.isRegularFile(file)) {
                ServiceModule module = of(dir.getFileName().toString(), dir, Repository.read(file));
                if (module != null) {
                    modules.add(module);
                }
            }
        }
        return modules;
    }

    static ServiceModule named(String name) {
        return all().stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service module " + name));
    }

    static ServiceModule of(String name, Path dir, String propertiesText) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(propertiesText));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String port = prodValue(properties, "quarkus.http.port");
        if (port == null) {
            return null;
        }
        Map<String, String> env = new LinkedHashMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (!appliesToProd(key)) {
                continue;
            }
            Matcher m = ENV_REFERENCE.matcher(properties.getProperty(key));
            while (m.find()) {
                env.putIfAbsent(m.group(1), m.group(2));
            }
        }
        return new ServiceModule(name, dir, Integer.parseInt(port.trim()), env, properties);
    }

    /** Where /q/health answers: the management port when the module turns the management interface on. */
    int healthPort() {
        if (!"true".equals(prodValue(properties, "quarkus.management.enabled"))) {
            return port;
        }
        String value = prodValue(properties, "quarkus.management.port");
        Matcher reference = ENV_REFERENCE.matcher(value);
        return Integer.parseInt((reference.matches() ? reference.group(2) : value).trim());
    }

    /** The value the prod profile sees: a %prod key wins over the plain one. */
    static String prodValue(Properties properties, String key) {
        for (String candidate : properties.stringPropertyNames()) {
            if (candidate.startsWith("%") && candidate.endsWith("." + key)) {
                String profiles = candidate.substring(1, candidate.length() - key.length() - 1);
                if (Arrays.asList(profiles.split(",")).contains("prod")) {
                    return properties.getProperty(candidate);
                }
            }
        }
        return properties.getProperty(key);
    }

    String prodValue(String key) {
        return prodValue(properties, key);
    }

    private static boolean appliesToProd(String key) {
        if (!key.startsWith("%")) {
            return true;
        }
        int dot = key.indexOf('.');
        return dot > 0 && Arrays.asList(key.substring(1, dot).split(",")).contains("prod");
    }

    @Override
    public String toString() {
        return name;
    }
}
