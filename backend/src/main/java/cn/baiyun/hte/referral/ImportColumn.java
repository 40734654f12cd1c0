package cn.baiyun.hte.referral;

import java.util.List;

/**
 * The columns of an imported list, in their order: code, name, reason, contact. The first row is their
 * heading and is not imported; columns after the fourth are ignored.
 */
enum ImportColumn {
    USCC("A", "uscc"), NAME("B", "firmName"), REASON("C", "note"), CONTACT("D", "contact");

    private final String letter;
    private final String field;

    ImportColumn(String letter, String field) {
        this.letter = letter;
        this.field = field;
    }

    String letter() {
        return letter;
    }

    String field() {
        return field;
    }

    /** The column of a request field, the code's for a problem of the whole row. */
    static ImportColumn ofField(String field) {
        for (ImportColumn column : values()) {
            if (column.field.equals(field)) {
                return column;
            }
        }
        return USCC;
    }

    /** The row's cells as the request a single referral would send. */
    static ReferralRequest request(List<String> cells) {
        return new ReferralRequest(cell(cells, USCC), cell(cells, NAME), cell(cells, REASON), cell(cells, CONTACT));
    }

    private static String cell(List<String> cells, ImportColumn column) {
        return column.ordinal() < cells.size() ? cells.get(column.ordinal()) : null;
    }
}
