package cn.baiyun.hte.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The realm imports committed in the overlays are what {@link RealmImports} makes of keycloak/hte-realm.json
 * now: one source for the local run, the tests and the cluster. Run with {@code -Drealm.refresh=true} to
 * rewrite them after a change of the realm file.
 */
class RealmImportsTest {

    @ParameterizedTest
    @EnumSource(RealmImports.class)
    void committedRealmImportIsGeneratedFromTheRealmFile(RealmImports realmImport) throws IOException {
        String generated = realmImport.generate();
        if (Boolean.getBoolean("realm.refresh")) {
            Files.writeString(realmImport.path(), generated, StandardCharsets.UTF_8);
        }
        String committed = Files.exists(realmImport.path())
                ? Files.readString(realmImport.path(), StandardCharsets.UTF_8) : "";
        assertThat(committed)
                .as(realmImport.path() + " is stale: keycloak/hte-realm.json changed since it was generated. "
                        + "Refresh the overlays' realm imports with: " + RealmImports.REFRESH_COMMAND
                        + " and commit them")
                .isEqualTo(generated);
    }
}
