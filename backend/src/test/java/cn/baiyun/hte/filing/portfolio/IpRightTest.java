package cn.baiyun.hte.filing.portfolio;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** §3.3: what an IP right counts for in an assessment, read from the asset as the firm recorded it. */
class IpRightTest {

    static final LocalDate DAY = LocalDate.of(2026, 5, 1);

    @Test
    void aGrantedRightOfTheFirmIsValidUpToAndOnItsExpiryDay() {
        assertThat(right(IpStatus.GRANTED, true, DAY).validOn(DAY)).isTrue();
        assertThat(right(IpStatus.GRANTED, true, null).validOn(DAY)).as("no expiry date").isTrue();
        assertThat(right(IpStatus.GRANTED, true, DAY.minusDays(1)).validOn(DAY)).as("expired the day before").isFalse();
    }

    @Test
    void aPendingRightOrOneTheFirmDoesNotOwnIsNotValid() {
        IpRight pending = right(IpStatus.PENDING, true, null);
        assertThat(pending.validOn(DAY)).isFalse();
        assertThat(pending.pending()).isTrue();
        assertThat(right(IpStatus.GRANTED, false, null).validOn(DAY)).isFalse();
        assertThat(right(IpStatus.GRANTED, null, null).validOn(DAY)).as("ownership not answered").isFalse();
    }

    @Test
    void theClassFollowsTheTypeAndTheFlagsTheAnswers() {
        IpRight right = IpRight.of(new IpAsset("ip-1", "firm-1", new IpAssetDetails(IpType.SOFTWARE_COPYRIGHT, "2024SR1",
                "软件", IpStatus.GRANTED, null, null, null, Acquisition.SELF_DEVELOPED, true, true, null), null, null, 1L));

        assertThat(right).isEqualTo(new IpRight("firm-1", IpClass.II, IpStatus.GRANTED, true, null, true, true));
    }

    private static IpRight right(IpStatus status, Boolean owned, LocalDate expiry) {
        return IpRight.of(new IpAsset("ip-1", "firm-1", new IpAssetDetails(IpType.INVENTION_PATENT, "ZL1", "发明",
                status, null, null, expiry, Acquisition.TRANSFER, owned, null, null), null, null, 1L));
    }
}
