package cn.baiyun.hte.filing.portfolio;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** hte-rules §3.3: which types are Class I, which Class II, and that trademarks count in neither. */
class IpTypeTest {

    @Test
    void eachTypeBelongsToTheClassOfTheRules() {
        assertThat(EnumSet.allOf(IpType.class)).filteredOn(type -> type.ipClass() == IpClass.I)
                .containsExactlyInAnyOrder(IpType.INVENTION_PATENT, IpType.DEFENCE_PATENT, IpType.PLANT_VARIETY,
                        IpType.NATIONAL_CROP_VARIETY, IpType.NATIONAL_NEW_DRUG,
                        IpType.NATIONAL_FIRST_GRADE_TCM_VARIETY, IpType.IC_LAYOUT_DESIGN);
        assertThat(EnumSet.allOf(IpType.class)).filteredOn(type -> type.ipClass() == IpClass.II)
                .containsExactlyInAnyOrder(IpType.UTILITY_MODEL, IpType.DESIGN_PATENT, IpType.SOFTWARE_COPYRIGHT);
        assertThat(IpType.TRADEMARK.ipClass()).isEqualTo(IpClass.NONE);
    }
}
