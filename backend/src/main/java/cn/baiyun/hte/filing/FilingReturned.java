package cn.baiyun.hte.filing;

import java.util.List;
import java.util.Map;

import cn.baiyun.hte.platform.events.EventHeader;
import cn.baiyun.hte.platform.events.FieldChange;
import cn.baiyun.hte.platform.events.NoticeToFirm;

/**
 * A reviewer sent a firm's filing back with a comment on each section to change. The firm's members are told,
 * with a link to the filing.
 */
public record FilingReturned(EventHeader header, int fiscalYear, Map<FilingSection, String> comments)
        implements NoticeToFirm {

    public static final String TYPE = "filing.returned";

    /**
     * Each section's comment as a change of its own field ({@code returnComment.staff}), so that the
     * history names the section in the reader's language rather than by its internal name.
     */
    @Override
    public List<FieldChange> changes() {
        return comments.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new FieldChange(commentField(e.getKey()), null, e.getValue()))
                .toList();
    }

    @Override
    public String noticeKey() {
        return "filing.notice.returned";
    }

    /** The year and how many sections to change; the filing's page shows which, with the comments. */
    @Override
    public List<NoticeArgument> noticeArguments() {
        return List.of(NoticeArgument.of(String.valueOf(fiscalYear)), NoticeArgument.of(String.valueOf(comments.size())));
    }

    @Override
    public String noticeLink() {
        return "/firms/" + header.enterpriseId() + "/filings/" + fiscalYear;
    }

    static String commentField(FilingSection section) {
        return "returnComment." + section.property();
    }
}
