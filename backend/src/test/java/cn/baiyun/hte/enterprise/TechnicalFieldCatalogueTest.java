package cn.baiyun.hte.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TechnicalFieldCatalogueTest {

    private static final TechnicalFieldCatalogue CATALOGUE = TechnicalFieldCatalogue.fromClasspath();

    /** Third-level items transcribed from hte-rules.md Appendix A. */
    private static final int THIRD_LEVEL_TOTAL = 254;

    @Test
    void hasEightFirstLevelFieldsInOrder() {
        assertThat(CATALOGUE.firstLevel()).extracting(TechnicalField::code)
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
        assertThat(CATALOGUE.firstLevel()).extracting(TechnicalField::titleZh)
                .containsExactly("电子信息", "生物与新医药", "航空航天", "新材料", "高技术服务", "新能源与节能", "资源与环境", "先进制造与自动化");
        assertThat(CATALOGUE.firstLevel()).allSatisfy(f -> {
            assertThat(f.level()).isEqualTo(1);
            assertThat(f.parentCode()).isNull();
        });
    }

    @Test
    void hasFiftyTwoSecondLevelFieldsWithThePublishedDistribution() {
        assertThat(ofLevel(2)).hasSize(52);
        assertThat(CATALOGUE.firstLevel()).extracting(f -> CATALOGUE.children(f.code()).size())
                .containsExactly(8, 7, 2, 6, 8, 4, 8, 9);
    }

    @Test
    void hasAllThirdLevelItems() {
        assertThat(ofLevel(3)).hasSize(THIRD_LEVEL_TOTAL);
        assertThat(CATALOGUE.all()).hasSize(8 + 52 + THIRD_LEVEL_TOTAL);
        assertThat(CATALOGUE.children("1.1")).hasSize(12);
        assertThat(CATALOGUE.children("1.4")).hasSize(10);
        assertThat(CATALOGUE.children("8.4")).extracting(TechnicalField::code)
                .containsExactly("8.4.1", "8.4.2", "8.4.3", "8.4.4", "8.4.5", "8.4.6", "8.4.7");
    }

    @Test
    void someSecondLevelFieldsHaveNoThirdLevel() {
        assertThat(ofLevel(2)).filteredOn(f -> CATALOGUE.children(f.code()).isEmpty())
                .extracting(TechnicalField::code).containsExactly("5.4", "5.5", "7.6");
    }

    @Test
    void spotChecksTitles() {
        assertThat(CATALOGUE.find("1.1.10")).get().extracting(TechnicalField::titleZh).isEqualTo("物联网应用软件");
        assertThat(CATALOGUE.find("8.4.2")).get().extracting(TechnicalField::titleZh).isEqualTo("机器人");
        assertThat(CATALOGUE.find("1.1.6")).get().extracting(TechnicalField::titleZh).isEqualTo("地理信息系统（GIS）软件");
        assertThat(CATALOGUE.find("2.2")).get().extracting(TechnicalField::titleZh).isEqualTo("中药、天然药物");
        assertThat(CATALOGUE.find("5.5")).get().extracting(TechnicalField::titleZh).isEqualTo("知识产权与成果转化服务");
        assertThat(CATALOGUE.find("7.8.7")).get().extracting(TechnicalField::titleZh).isEqualTo("绿色矿山建设技术");
        assertThat(CATALOGUE.find("8.9.2")).get().extracting(TechnicalField::titleZh).isEqualTo("印刷技术");
        assertThat(CATALOGUE.find("1.1.3")).get()
                .isEqualTo(new TechnicalField("1.1.3", 3, "1.1", "计算机辅助设计与辅助工程管理软件",
                        "Computer-aided design and computer-aided engineering management software"));
    }

    @Test
    void codesAreUniqueAndEveryParentExistsOneLevelUp() {
        List<TechnicalField> all = CATALOGUE.all();
        Set<String> codes = new HashSet<>();
        assertThat(all).allSatisfy(f -> {
            assertThat(codes.add(f.code())).as("unique %s", f.code()).isTrue();
            assertThat(f.code().split("\\.")).hasSize(f.level());
            if (f.level() > 1) {
                assertThat(CATALOGUE.find(f.parentCode())).as("parent of %s", f.code()).get()
                        .satisfies(p -> assertThat(p.level()).isEqualTo(f.level() - 1));
                assertThat(CATALOGUE.children(f.parentCode())).contains(f);
            }
        });
    }

    @Test
    void childrenAreNumberedConsecutivelyFromOne() {
        assertThat(CATALOGUE.all()).allSatisfy(parent -> {
            List<TechnicalField> children = CATALOGUE.children(parent.code());
            for (int i = 0; i < children.size(); i++) {
                assertThat(children.get(i).code()).isEqualTo(parent.code() + "." + (i + 1));
            }
        });
    }

    @Test
    void everyRowHasChineseAndEnglishTitles() {
        assertThat(CATALOGUE.all()).allSatisfy(f -> {
            assertThat(f.titleZh()).as("zh %s", f.code()).isNotBlank().containsPattern("\\p{IsHan}");
            assertThat(f.titleEn()).as("en %s", f.code()).isNotBlank().doesNotContainPattern("\\p{IsHan}");
        });
    }

    @Test
    void assignabilityRequiresLevelTwoOrThree() {
        assertThat(CATALOGUE.isAssignable("1")).isFalse();
        assertThat(CATALOGUE.isAssignable("8")).isFalse();
        assertThat(CATALOGUE.isAssignable("1.1")).isTrue();
        assertThat(CATALOGUE.isAssignable("5.4")).isTrue();
        assertThat(CATALOGUE.isAssignable("1.1.10")).isTrue();
        assertThat(CATALOGUE.isAssignable(" 8.4.2 ")).isTrue();
        assertThat(CATALOGUE.isAssignable("1.9")).isFalse();
        assertThat(CATALOGUE.isAssignable("5.4.1")).isFalse();
        assertThat(CATALOGUE.isAssignable("9.1")).isFalse();
        assertThat(CATALOGUE.isAssignable("outside")).isFalse();
        assertThat(CATALOGUE.isAssignable("")).isFalse();
        assertThat(CATALOGUE.isAssignable(null)).isFalse();
    }

    @Test
    void titlesByLocale() {
        assertThat(CATALOGUE.title("8.4.2", Locale.SIMPLIFIED_CHINESE)).contains("机器人");
        assertThat(CATALOGUE.title("8.4.2", Locale.CHINESE)).contains("机器人");
        assertThat(CATALOGUE.title("8.4.2", Locale.TRADITIONAL_CHINESE)).contains("机器人");
        assertThat(CATALOGUE.title("8.4.2", Locale.ENGLISH)).contains("Robots");
        assertThat(CATALOGUE.title("8.4.2", Locale.GERMANY)).contains("Robots");
        assertThat(CATALOGUE.title("1", Locale.US)).contains("Electronic information");
        assertThat(CATALOGUE.title("9", Locale.US)).isEmpty();
    }

    @Test
    void unknownCodesHaveNoFieldAndNoChildren() {
        assertThat(CATALOGUE.find("0")).isEmpty();
        assertThat(CATALOGUE.find(null)).isEmpty();
        assertThat(CATALOGUE.children("9")).isEmpty();
        assertThat(CATALOGUE.children(null)).isEmpty();
        assertThat(CATALOGUE.children("1.1.1")).isEmpty();
    }

    @Test
    void loaderSkipsCommentsAndRejectsBadInput() {
        TechnicalFieldCatalogue small = new TechnicalFieldCatalogue(new StringReader(
                "# code\tzh\ten\n\n1\t电子信息\tElectronic information\n1.1\t软件\tSoftware\n"));
        assertThat(small.all()).extracting(TechnicalField::code).containsExactly("1", "1.1");

        assertThatIllegalArgumentException().isThrownBy(() -> load("1\t电子信息\n")).withMessageContaining("line 1");
        assertThatIllegalArgumentException().isThrownBy(() -> load("1\t电子信息\tE\n1\t电子信息\tE\n"))
                .withMessageContaining("duplicate");
        assertThatIllegalArgumentException().isThrownBy(() -> load("1.1\t软件\tSoftware\n"))
                .withMessageContaining("parent 1");
        assertThatIllegalArgumentException().isThrownBy(() -> load("1\t \tE\n")).withMessageContaining("blank");
        assertThatIllegalArgumentException().isThrownBy(() -> load("1.0\tx\ty\n")).withMessageContaining("malformed");
        assertThatIllegalArgumentException().isThrownBy(() -> load("1.1.1.1\tx\ty\n")).withMessageContaining("malformed");
    }

    private static TechnicalFieldCatalogue load(String tsv) {
        return new TechnicalFieldCatalogue(new StringReader(tsv));
    }

    private static List<TechnicalField> ofLevel(int level) {
        return CATALOGUE.all().stream().filter(f -> f.level() == level).toList();
    }
}
