package cn.baiyun.hte.chain;

import java.util.Set;

/** A firm's chain (null for none) and flags, as a reviewer or 工信局 officer sets them. */
public record TagDetails(String chainId, Set<FirmFlag> flags) {

    public TagDetails {
        flags = flags == null ? Set.of() : Set.copyOf(flags);
    }
}
