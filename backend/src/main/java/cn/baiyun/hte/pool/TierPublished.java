package cn.baiyun.hte.pool;

import java.util.List;
import java.util.Objects;

import cn.baiyun.hte.assessment.TierResult;
import cn.baiyun.hte.platform.events.EventHeader;
import cn.baiyun.hte.platform.events.FieldChange;
import cn.baiyun.hte.platform.events.NoticeToFirm;

/**
 * The bureau showed a firm its entry of the cycle (its tier, or what data is missing), replacing what the
 * firm saw before ({@code previousTier}); the comment to the firm is the reason. The firm's members are told,
 * with a link to the year's feedback.
 */
public record TierPublished(EventHeader header, int cycleYear, TierResult previousTier, TierResult tier,
                            String comment) implements NoticeToFirm {

    public static final String TYPE = "pool.tier.published";

    @Override
    public List<FieldChange> changes() {
        return List.of(new FieldChange("publishedTier", Objects.toString(previousTier, null),
                Objects.toString(tier, null)));
    }

    @Override
    public String reason() {
        return comment;
    }

    @Override
    public String noticeKey() {
        return "pool.notice.published";
    }

    @Override
    public List<NoticeArgument> noticeArguments() {
        return List.of(NoticeArgument.of(String.valueOf(cycleYear)));
    }

    @Override
    public String noticeLink() {
        return "/firms/" + header.enterpriseId() + "/feedback/" + cycleYear;
    }
}
