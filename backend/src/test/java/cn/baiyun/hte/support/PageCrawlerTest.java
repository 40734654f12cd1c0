package cn.baiyun.hte.support;

import cn.baiyun.hte.support.PageCrawler.Page;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The scan for what no person should read: which words of a page's text it takes for codes, and which not. */
class PageCrawlerTest {

    @Test
    void takesTheNamesOfThePortalsOwnConstantsFromTheMainClassesOnly() {
        assertThat(PortalConstants.names())
                .contains("OPEN", "RECOMMENDED", "PENDING", "REVIEWER", "TIER_1", "HIGH_TECH_ENTERPRISE")
                .as("a test's own enum (DemoPagesTest's callers are in the test classes)").doesNotContain("ANONYMOUS")
                .as("abbreviations and letters a person reads").doesNotContain("PDF", "XLSX", "A", "II", "H2");
    }

    @Test
    void findsAOneWordConstantShownAsItIs() {
        assertThat(page("状态：OPEN → RECOMMENDED").rawCodes())
                .containsExactly("OPEN in «状态：OPEN → RECOMMENDED»", "RECOMMENDED in «状态：OPEN → RECOMMENDED»");
        assertThat(page("Status: OPEN.").rawCodes()).hasSize(1);
    }

    @Test
    void findsARecordShownAsItsJavaText() {
        assertThat(page("联系人：Contact[name=张三, position=总经理, phone=null, email=null]").rawCodes())
                .singleElement().asString().startsWith("Contact[name=");
    }

    @Test
    void findsUnderscoredCodesAndIdsAsBefore() {
        assertThat(page("C7_INNOVATION_CAPABILITY 65a1b2c3d4e5f6a7b8c9d0e1").rawCodes()).hasSize(2);
    }

    @Test
    void leavesWhatAPersonLegitimatelyReads() {
        assertThat(page("HTE-2025-000001 91350100M000100Y43 PDF, PNG or XLSX; Band A; Class I and II IP; "
                + "Open the cycle; Opening; [1] a=b; OPENED").rawCodes()).isEmpty();
    }

    private static Page page(String text) {
        return new Page("/", 200, text);
    }
}
