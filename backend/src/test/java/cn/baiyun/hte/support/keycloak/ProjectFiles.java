package cn.baiyun.hte.support.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the repository's own files wherever the JVM was started (repository root or backend/). */
public final class ProjectFiles {

    private static final Pattern KEYCLOAK_VERSION = Pattern.compile("<keycloak.version>([^<]+)</keycloak.version>");

    private ProjectFiles() {
    }

    public static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("keycloak/hte-realm.json")) && Files.exists(dir.resolve("mvnw"))) {
                return dir;
            }
        }
        throw new IllegalStateException("Not inside the project: no keycloak/hte-realm.json above " + Path.of("").toAbsolutePath());
    }

    public static Path realmFile() {
        return root().resolve("keycloak/hte-realm.json");
    }

    static String keycloakVersion() {
        try {
            Matcher version = KEYCLOAK_VERSION.matcher(Files.readString(root().resolve("pom.xml")));
            if (!version.find()) {
                throw new IllegalStateException("pom.xml names no keycloak.version");
            }
            return version.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
