package cn.baiyun.hte.filing.portfolio;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** §3.6(2): an achievement counts once per year, however many products, services or places it went into. */
class TransformationsPerYearTest {

    @Test
    void anAchievementTransformedIntoSeveralProductsInOneYearCountsOnce() {
        var robotArm = achievement(
                on(LocalDate.of(2024, 3, 1), "ZA-200"), on(LocalDate.of(2024, 7, 1), "ZA-300"),
                in(2024, "出口东南亚的 ZA-200"), in(2025, "ZA-400"));

        var counted = TransformationsPerYear.of(List.of(robotArm));

        assertThat(counted.counts()).containsExactly(Map.entry(2024, 1), Map.entry(2025, 1));
    }

    @Test
    void differentAchievementsInTheSameYearEachCount() {
        var first = achievement(in(2023, "产品甲"), in(2023, "产品乙"));
        var second = achievement(on(LocalDate.of(2023, 12, 31), "产品丙"), in(2024, "产品丁"));
        var untransformed = achievement();

        var counted = TransformationsPerYear.of(List.of(first, second, untransformed));

        assertThat(counted.in(2023)).isEqualTo(2);
        assertThat(counted.in(2024)).isEqualTo(1);
        assertThat(counted.in(2022)).isZero();
        assertThat(counted.counts()).containsOnlyKeys(2023, 2024);
    }

    @Test
    void aDateDecidesTheYearOverAYearGivenAlongsideIt() {
        assertThat(new Transformation(LocalDate.of(2025, 1, 2), 2025, TransformationForm.TRANSFER, "x").countedYear())
                .isEqualTo(2025);
        assertThat(new Transformation(null, 2023, TransformationForm.TRANSFER, "x").countedYear()).isEqualTo(2023);
        assertThat(TransformationsPerYear.of(List.of()).counts()).isEmpty();
    }

    private static AchievementDetails achievement(Transformation... transformations) {
        return new AchievementDetails("成果", List.of(), null, List.of(transformations));
    }

    private static Transformation on(LocalDate date, String product) {
        return new Transformation(date, null, TransformationForm.OWN_IMPLEMENTATION, product);
    }

    private static Transformation in(int year, String product) {
        return new Transformation(null, year, TransformationForm.OWN_IMPLEMENTATION, product);
    }
}
