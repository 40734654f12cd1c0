package cn.baiyun.hte.filing;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StaffTest {

    @Test
    void monthlyRowsAverageBeginAndEndThenTheMonths() {
        Staff staff = new Staff(Staff.Mode.MONTHLY, null, null, List.of(
                new StaffMonth(1, 10, 11, 1, 2),
                new StaffMonth(2, 11, 13, 2, 2)));

        assertThat(staff.totalAverage()).isEqualByComparingTo("11.25");
        assertThat(staff.scienceAndTechnologyAverage()).isEqualByComparingTo("1.75");
        assertThat(staff.scienceAndTechnologyShare()).isEqualByComparingTo("0.1556");
    }

    @Test
    void aFirmThatOperatedPartOfTheYearDividesByItsMonths() {
        List<StaffMonth> sixMonths = IntStream.rangeClosed(7, 12).mapToObj(m -> new StaffMonth(m, 30, 30, 3, 3)).toList();

        Staff staff = new Staff(Staff.Mode.MONTHLY, null, null, sixMonths);

        assertThat(staff.totalAverage()).isEqualByComparingTo("30");
        assertThat(staff.scienceAndTechnologyShare()).isEqualByComparingTo("0.1");
    }

    @Test
    void annualAveragesAreTakenAsTyped() {
        Staff staff = new Staff(Staff.Mode.ANNUAL_AVERAGE, new BigDecimal("80"), new BigDecimal("8"), null);

        assertThat(staff.totalAverage()).isEqualByComparingTo("80");
        assertThat(staff.scienceAndTechnologyShare()).isEqualByComparingTo("0.1");
    }

    @Test
    void missingFiguresGiveNoAverageRatherThanAWrongOne() {
        Staff staff = new Staff(Staff.Mode.MONTHLY, null, null, List.of(new StaffMonth(1, 10, null, 1, 1)));

        assertThat(staff.totalAverage()).isNull();
        assertThat(staff.scienceAndTechnologyShare()).isNull();
    }
}
