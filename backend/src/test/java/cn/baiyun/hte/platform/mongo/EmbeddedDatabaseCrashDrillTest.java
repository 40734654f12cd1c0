package cn.baiyun.hte.platform.mongo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.baiyun.hte.support.Principals;
import cn.baiyun.hte.support.TestFirms;
import cn.baiyun.hte.support.process.BearerClient;
import cn.baiyun.hte.support.process.BearerClient.Answer;
import cn.baiyun.hte.support.process.PortalProcess;
import cn.baiyun.hte.support.process.TokenIssuer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drill: the application with its embedded default database (H2 file) is killed with {@code kill -9} right
 * after answering writes, and started again on the same file. Every write it acknowledged must be there.
 * Before each change was committed before its answer, 7 of 8 such writes were lost.
 */
class EmbeddedDatabaseCrashDrillTest {

    static final int WRITES = 8;

    @TempDir
    Path dir;

    @Test
    void everyWriteTheApplicationAcknowledgedSurvivesItsKill() {
        Principals member = Principals.firmUser("crash-drill");
        Principals reviewer = Principals.reviewer();
        List<String> acknowledged = new ArrayList<>();
        String firm;
        try (TokenIssuer keycloak = TokenIssuer.start()) {
            Map<String, String> properties = Map.of(
                    "hte.mongodb.embedded.enabled", "true",
                    "hte.mongodb.embedded.backend", "h2",
                    "hte.mongodb.embedded.file", dir.resolve("mongo.mv").toString(),
                    "hte.keycloak.url", keycloak.url());

            try (PortalProcess portal = PortalProcess.start(properties, dir.resolve("before-kill.log"))) {
                BearerClient api = new BearerClient(portal.url(), keycloak);
                Answer claim = api.post(member, "/api/v1/claims",
                        Map.of("uscc", TestFirms.newUscc(), "name", "崩溃演练科技有限公司"));
                assertThat(claim.status()).as(portal.tail()).isEqualTo(201);
                Answer approval = api.post(reviewer, "/api/v1/claims/" + claim.body().get("id").asString()
                        + "/approval", null);
                assertThat(approval.status()).isEqualTo(200);
                firm = approval.body().get("enterpriseId").asString();
                for (int i = 1; i <= WRITES; i++) {
                    Answer created = api.post(member, "/api/v1/enterprises/" + firm + "/achievements",
                            Map.of("title", "演练成果 " + i, "description", "崩溃演练写入的第 " + i + " 项成果"));
                    assertThat(created.status()).as("write %d", i).isEqualTo(201);
                    acknowledged.add(created.body().get("id").asString());
                }
                portal.kill();
            }

            try (PortalProcess portal = PortalProcess.start(properties, dir.resolve("after-kill.log"))) {
                Answer stored = new BearerClient(portal.url(), keycloak)
                        .get(member, "/api/v1/enterprises/" + firm + "/achievements?limit=50");
                assertThat(stored.status()).as(portal.tail()).isEqualTo(200);
                List<String> ids = new ArrayList<>();
                for (JsonNode item : stored.body().get("items")) {
                    ids.add(item.get("id").asString());
                }
                assertThat(ids).as("the acknowledged writes after kill -9 and a restart")
                        .containsExactlyInAnyOrderElementsOf(acknowledged);
            }
        }
    }
}
