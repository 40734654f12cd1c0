package cn.baiyun.hte.referral;

import java.util.List;
import java.util.Locale;

import cn.baiyun.hte.platform.audit.ChangeValueFormat;
import cn.baiyun.hte.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** A referral's recorded status and tier ({@link ReferralUpdated}) read in the history by their names. */
@PortalIntegrationTest
class ReferralChangeFormatTest {

    @Autowired
    List<ChangeValueFormat> formats;

    @Test
    void namesTheStatusAndTierFromTheReferralMessagesAndLeavesOtherFieldsAsRecorded() {
        ChangeValueFormat referral = formats.stream().filter(format -> format.reads("referral")).findFirst()
                .orElseThrow();

        assertThat(referral.text("referralStatus", ReferralStatus.IN_POOL.name(), Locale.SIMPLIFIED_CHINESE))
                .contains("已入库");
        assertThat(referral.text("referralStatus", ReferralStatus.IN_POOL.name(), Locale.ENGLISH))
                .contains("In the pool");
        assertThat(referral.text("publishedTier", "1", Locale.SIMPLIFIED_CHINESE)).contains("第一梯队");
        assertThat(referral.text("department", "IN_POOL", Locale.ENGLISH)).isEmpty();
    }
}
