package cn.baiyun.hte.referral;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What a department says when it refers a firm; also the page's form and one row of an imported list.
 * The department is not part of it: it is the caller's own.
 *
 * @param uscc     the firm's unified social credit code (full-width characters and lower case accepted)
 * @param firmName the firm's name, used only when the portal does not know the firm yet
 * @param note     why the department refers the firm; optional
 * @param contact  whom at the firm the bureau may call, e.g. a name and a phone number; optional
 */
public record ReferralRequest(
        @Schema(example = "91520113MA6DKQ3Y44") String uscc,
        @Schema(example = "贵阳白云智造科技有限公司") String firmName,
        @Schema(example = "2025 年新认定的专精特新中小企业，研发投入增长快") String note,
        @Schema(example = "王经理 0851-84000000") String contact) {
}
