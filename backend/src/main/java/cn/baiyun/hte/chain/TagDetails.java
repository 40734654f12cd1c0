package cn.baiyun.hte.chain;

import java.util.Collection;
import java.util.List;

/** A firm's chain (null for none) and flags, as a reviewer or 工信局 officer sets them; each flag counts once. */
public record TagDetails(String chainId, List<FirmFlag> flags) {

    public TagDetails {
        flags = inOrder(flags);
    }

    /** Each flag once, in the enum's order, so that equal tags compare and show alike. */
    static List<FirmFlag> inOrder(Collection<FirmFlag> flags) {
        return flags == null ? List.of() : flags.stream().filter(java.util.Objects::nonNull).distinct().sorted().toList();
    }
}
