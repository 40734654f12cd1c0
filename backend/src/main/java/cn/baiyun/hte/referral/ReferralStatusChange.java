package cn.baiyun.hte.referral;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What a reviewer records about a referral: the bureau contacted the firm, or declined the referral with a
 * reason the department reads. Being in the pool is not recorded by hand: a tier published to the firm sets it.
 *
 * @param status {@code CONTACTED} or {@code DECLINED}
 * @param reason why the referral is declined; required for {@code DECLINED}, ignored otherwise
 */
public record ReferralStatusChange(
        @Schema(example = "DECLINED", allowableValues = {"CONTACTED", "DECLINED"}) ReferralStatus status,
        @Schema(example = "企业近三年无研发投入，暂不具备培育条件") String reason) {
}
