package cn.baiyun.hte.filing.portfolio;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.platform.error.PortalException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * An achievement rests only on the same firm's IP assets (an id of another firm's asset is refused like
 * an unknown one), and each transformation says when, how and into what.
 */
@Component
class AchievementRules implements DetailsRules<AchievementDetails> {

    static final int FIRST_YEAR = 1950;
    static final int MAX_LINKED_ASSETS = 50;
    static final int MAX_TRANSFORMATIONS = 100;

    private final FirmRecords<IpAsset, IpAssetDetails> ipAssets;
    private final Clock clock;

    AchievementRules(FirmRecords<IpAsset, IpAssetDetails> ipAssets, Clock clock) {
        this.ipAssets = ipAssets;
        this.clock = clock;
    }

    @Override
    public AchievementDetails normalized(AchievementDetails d) {
        List<String> ids = d.ipAssetIds().stream().map(RecordChecks::strip).toList();
        List<Transformation> transformations = d.transformations().stream()
                .map(t -> new Transformation(t.date(), t.year(), t.form(), RecordChecks.strip(t.appliedTo())))
                .toList();
        return new AchievementDetails(RecordChecks.strip(d.title()), ids, RecordChecks.strip(d.description()),
                transformations);
    }

    @Override
    public Mono<List<FieldProblem>> problems(String enterpriseId, AchievementDetails d) {
        var checks = new RecordChecks(LocalDate.now(clock))
                .requiredText("title", d.title(), RecordChecks.MAX_TEXT)
                .optionalText("description", d.description(), RecordChecks.MAX_LONG_TEXT)
                .atMost("ipAssetIds", d.ipAssetIds(), MAX_LINKED_ASSETS)
                .atMost("transformations", d.transformations(), MAX_TRANSFORMATIONS);
        for (int i = 0; i < d.transformations().size(); i++) {
            checkTransformation(checks, "transformations[" + i + "].", d.transformations().get(i));
        }
        Set<String> seen = new HashSet<>();
        return Flux.range(0, d.ipAssetIds().size())
                .concatMap(i -> checkLink(checks, "ipAssetIds[" + i + "]", d.ipAssetIds().get(i), seen, enterpriseId))
                .then(Mono.fromSupplier(checks::problems));
    }

    private Mono<Void> checkLink(RecordChecks checks, String field, String id, Set<String> seen, String enterpriseId) {
        if (id.isEmpty()) {
            checks.add(field, "NotBlank");
            return Mono.empty();
        }
        if (!seen.add(id)) {
            checks.add(field, "portfolio.achievement.ip.twice");
            return Mono.empty();
        }
        return ipAssets.exists(enterpriseId, id).doOnNext(known -> {
            if (!known) {
                checks.add(field, "portfolio.achievement.ip.unknown", id);
            }
        }).then();
    }

    private static void checkTransformation(RecordChecks checks, String path, Transformation t) {
        int thisYear = checks.today().getYear();
        if (t.date() == null && t.year() == null) {
            checks.add(path + "date", "portfolio.transformation.when");
        }
        checks.notInFuture(path + "date", t.date());
        if (t.year() != null && (t.year() < FIRST_YEAR || t.year() > thisYear)) {
            checks.add(path + "year", "portfolio.transformation.year.range", String.valueOf(FIRST_YEAR),
                    String.valueOf(thisYear));
        } else if (t.year() != null && t.date() != null && t.date().getYear() != t.year()) {
            checks.add(path + "year", "portfolio.transformation.year.mismatch", String.valueOf(t.date().getYear()));
        }
        checks.required(path + "form", t.form())
                .requiredText(path + "appliedTo", t.appliedTo(), RecordChecks.MAX_TEXT);
    }

    @Override
    public PortalException duplicate(AchievementDetails details) {
        // Achievements have no unique key of their own: only a clash of generated ids could land here.
        return PortalException.conflict("problem.conflict.detail");
    }
}
