package cn.baiyun.hte.filing;

/**
 * The reviewers' filters of the filing list; all optional. {@code cursor} is the {@code next} of the
 * previous page.
 *
 * @param technicalField a catalogue code; matches firms in that field or below it
 */
public record FilingSearch(Integer fiscalYear, FilingStatus status, String technicalField, String enterpriseId,
                           Integer limit, String cursor) {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    int effectiveLimit() {
        return limit == null ? DEFAULT_LIMIT : limit;
    }
}
