package cn.baiyun.hte.filing.portfolio;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import cn.baiyun.hte.support.PortalIntegrationTest;
import cn.baiyun.hte.support.isolation.IsolationMatrix;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;

import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/**
 * Every portfolio endpoint and page about firm A, for every kind of caller. Writes send an empty body, so
 * that a caller who gets through meets validation (400) and firm A's records stay as prepared; deletes
 * name an unknown id, so that a caller who gets through learns only that it does not exist.
 */
@PortalIntegrationTest
class PortfolioIsolationMatrixTest extends IsolationMatrix {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Autowired
    PortfolioService portfolio;

    String asset;
    String achievement;
    String project;

    @Override
    protected void prepare() {
        var member = callers.get(Caller.MEMBER).user();
        asset = portfolio.addIpAsset(member, firmA, new IpAssetDetails(IpType.INVENTION_PATENT, "ZL202110999999.9",
                "隔离测试专利", IpStatus.PENDING, java.time.LocalDate.of(2024, 1, 2), null, null,
                Acquisition.SELF_DEVELOPED, true, false, true)).block(TIMEOUT).id();
        achievement = portfolio.addAchievement(member, firmA, new AchievementDetails("隔离测试成果", List.of(asset), null,
                List.of())).block(TIMEOUT).id();
        project = portfolio.addRdProject(member, firmA, new RdProjectDetails("RD01", "隔离测试项目",
                java.time.LocalDate.of(2024, 1, 1), java.time.LocalDate.of(2024, 12, 31), java.math.BigDecimal.TEN,
                List.of())).block(TIMEOUT).id();
    }

    //                         MEMBER       OTHER_FIRM   PENDING      REVIEWER     DEPARTMENT  CLIENT
    @Override
    protected Stream<Case> apiCases() {
        return Stream.of(
                collection("ip-assets", asset), collection("achievements", achievement),
                collection("rd-projects", project)).flatMap(cases -> cases);
    }

    /**
     * The firm's own software reads every collection of its firm; of the writes it has IP assets only
     * ({@code filings:write}): achievements and R&amp;D projects stay with the firm's people.
     */
    private Stream<Case> collection(String name, String id) {
        String all = "/api/v1/enterprises/{firm}/" + name;
        String one = all + "/{id}";
        boolean software = name.equals("ip-assets");
        return Stream.of(
                Case.of("GET " + name, c -> c.get().uri(all, firmA),
                        OK, NOT_FOUND, NOT_FOUND, OK, FORBIDDEN, OK, OK, NOT_FOUND),
                Case.of("POST " + name, c -> c.post().uri(all, firmA).contentType(MediaType.APPLICATION_JSON)
                                .bodyValue(Map.of()),
                        BAD_REQUEST, NOT_FOUND, NOT_FOUND, BAD_REQUEST, FORBIDDEN, FORBIDDEN,
                        software ? BAD_REQUEST : FORBIDDEN, software ? NOT_FOUND : FORBIDDEN),
                Case.of("GET " + name + "/{id}", c -> c.get().uri(one, firmA, id),
                        OK, NOT_FOUND, NOT_FOUND, OK, FORBIDDEN, OK, OK, NOT_FOUND),
                Case.of("PUT " + name + "/{id}", c -> c.put().uri(one, firmA, id).contentType(MediaType.APPLICATION_JSON)
                                .bodyValue(Map.of()),
                        BAD_REQUEST, NOT_FOUND, NOT_FOUND, BAD_REQUEST, FORBIDDEN, FORBIDDEN,
                        software ? BAD_REQUEST : FORBIDDEN, software ? NOT_FOUND : FORBIDDEN),
                Case.of("DELETE " + name + "/{unknown}", c -> c.delete().uri(one, firmA, UNKNOWN_ID),
                        NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN, FORBIDDEN,
                        software ? NOT_FOUND : FORBIDDEN, software ? NOT_FOUND : FORBIDDEN));
    }

    //                         MEMBER       OTHER_FIRM   PENDING      REVIEWER     DEPARTMENT
    @Override
    protected Stream<Case> pageCases() {
        return Stream.of(pages("ip", asset), pages("achievements", achievement), pages("rd-projects", project))
                .flatMap(cases -> cases);
    }

    private Stream<Case> pages(String name, String id) {
        String all = "/firms/{firm}/" + name;
        String one = all + "/{id}";
        return Stream.of(
                Case.of("GET /firms/{A}/" + name, c -> c.get().uri(all, firmA),
                        OK, NOT_FOUND, NOT_FOUND, OK, FORBIDDEN),
                Case.of("GET /firms/{A}/" + name + "/new", c -> c.get().uri(all + "/new", firmA),
                        OK, NOT_FOUND, NOT_FOUND, OK, FORBIDDEN),
                // An empty form: the page comes back with its errors for those who may write.
                Case.of("POST /firms/{A}/" + name + "/new", c -> c.mutateWith(csrf()).post().uri(all + "/new", firmA)
                                .body(BodyInserters.fromFormData("title", "")),
                        OK, NOT_FOUND, NOT_FOUND, OK, FORBIDDEN),
                Case.of("GET /firms/{A}/" + name + "/{id}/edit", c -> c.get().uri(one + "/edit", firmA, id),
                        OK, NOT_FOUND, NOT_FOUND, OK, FORBIDDEN),
                Case.of("POST /firms/{A}/" + name + "/{id}/edit", c -> c.mutateWith(csrf()).post()
                                .uri(one + "/edit", firmA, id).body(BodyInserters.fromFormData("title", "")),
                        OK, NOT_FOUND, NOT_FOUND, OK, FORBIDDEN),
                Case.of("GET /firms/{A}/" + name + "/{id}/delete", c -> c.get().uri(one + "/delete", firmA, id),
                        OK, NOT_FOUND, NOT_FOUND, OK, FORBIDDEN),
                Case.of("POST /firms/{A}/" + name + "/{unknown}/delete", c -> c.mutateWith(csrf()).post()
                                .uri(one + "/delete", firmA, UNKNOWN_ID),
                        NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN));
    }
}
