package cn.baiyun.hte.enterprise;

import java.text.Normalizer;
import java.util.Locale;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What a reviewer looks at before deciding a claim: whether the firm already has approved members (a
 * second person claiming a firm that someone already acts for), and whether the name the claimant gave
 * is the firm's registered name.
 */
@Schema(name = "ClaimChecks")
record ClaimChecks(@Schema(description = "How many people are approved members of the firm already") long approvedMembers,
                   @Schema(description = "Whether the claimed name is the firm's registered name, ignoring spacing, "
                           + "letter case and full- or half-width forms") boolean nameMatchesRegistered) {

    static ClaimChecks of(long approvedMembers, String claimedName, String registeredName) {
        return new ClaimChecks(approvedMembers, comparable(claimedName).equals(comparable(registeredName)));
    }

    public boolean firmHasMembers() {
        return approvedMembers > 0;
    }

    /** The name as compared: NFKC folds full-width brackets and letters (（）, Ａ) into their plain forms. */
    private static String comparable(String name) {
        return name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("\\s+", "")
                .toLowerCase(Locale.ROOT);
    }
}
