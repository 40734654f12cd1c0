package cn.baiyun.hte.platform.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Names read the way their language writes them, whatever order Keycloak keeps them in. */
class PersonNameTest {

    @Test
    void aChineseNameIsFamilyNameFirstWithoutASpace() {
        assertThat(PersonName.of("明", "李", "firm-a")).isEqualTo("李明");
        assertThat(PersonName.of("审核", "王", "reviewer")).isEqualTo("王审核");
    }

    @Test
    void anEnglishNameIsGivenNameFirst() {
        assertThat(PersonName.of("Ming", "Li", "firm-a")).isEqualTo("Ming Li");
    }

    @Test
    void oneGivenPartIsTheNameAndNoneFallsBack() {
        assertThat(PersonName.of(null, " 李 ", "x")).isEqualTo("李");
        assertThat(PersonName.of("Ming", "", "x")).isEqualTo("Ming");
        assertThat(PersonName.of(null, " ", "firm-a")).isEqualTo("firm-a");
    }
}
