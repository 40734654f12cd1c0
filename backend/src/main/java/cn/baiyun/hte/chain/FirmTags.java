package cn.baiyun.hte.chain;

import java.time.Instant;
import java.util.List;

import cn.baiyun.hte.platform.events.WithOutbox;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A firm's chain and flags. Its id is the firm's own, so a firm has one at most and the breakdown's firm ids
 * are the documents' ids. The breakdown groups by {@code chainId} over the {@code by_chain} index.
 *
 * @param uscc     the firm's code and {@code firmName} its name when last tagged, to list tagged firms to 工信局's
 *                 officers, who may not read the firms themselves
 * @param chainId  the firm's industry chain; null when it has flags but no chain
 * @param flags    each flag once, in the order of {@link FirmFlag} (a list: the generated client cannot send a
 *                 set of enum values)
 */
@Document(FirmTags.COLLECTION)
@WithOutbox
@CompoundIndex(name = "by_chain", def = "{'chainId': 1, '_id': 1}")
public record FirmTags(@Id String id, String uscc, String firmName, String chainId, List<FirmFlag> flags, Instant updatedAt, @Version Long version) {

    static final String COLLECTION = "firmTags";

    public FirmTags {
        flags = TagDetails.inOrder(flags);
    }

    /** A firm nobody has tagged yet. */
    static FirmTags none(String enterpriseId, String uscc, String firmName) {
        return new FirmTags(enterpriseId, uscc, firmName, null, List.of(), null, null);
    }

    public String enterpriseId() {
        return id;
    }

    public boolean has(FirmFlag flag) {
        return flags.contains(flag);
    }

    boolean stored() {
        return version != null;
    }

    FirmTags with(String currentName, TagDetails details, Instant now) {
        return new FirmTags(id, uscc, currentName, details.chainId(), details.flags(), now, version);
    }
}
