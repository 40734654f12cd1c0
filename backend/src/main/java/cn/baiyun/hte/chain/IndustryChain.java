package cn.baiyun.hte.chain;

import java.time.Instant;
import java.util.Locale;

import cn.baiyun.hte.platform.events.WithOutbox;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One of the district's key industry chains and the cluster it grows into. A chain is retired rather than
 * deleted, so that firms tagged with it and the audit trail keep their meaning; a retired chain takes no new
 * firms.
 *
 * @param position where the chain stands in the list (smaller first)
 */
@Document(IndustryChain.COLLECTION)
@WithOutbox
@CompoundIndex(name = "in_order", def = "{'position': 1, '_id': 1}")
public record IndustryChain(@Id String id, String nameZh, String nameEn, String clusterZh, String clusterEn,
                            int position, boolean retired, Instant updatedAt, @Version Long version) {

    static final String COLLECTION = "industryChains";

    static IndustryChain added(ChainDetails details, Instant now) {
        return new IndustryChain(null, details.nameZh(), details.nameEn(), details.clusterZh(), details.clusterEn(),
                details.position(), details.retired(), now, null);
    }

    IndustryChain with(ChainDetails details, Instant now) {
        return new IndustryChain(id, details.nameZh(), details.nameEn(), details.clusterZh(), details.clusterEn(),
                details.position(), details.retired(), now, version);
    }

    ChainDetails details() {
        return new ChainDetails(nameZh, nameEn, clusterZh, clusterEn, position, retired);
    }

    /** The chain's name in the reader's language (Chinese when it has no English one). */
    public String name(Locale locale) {
        return pick(nameZh, nameEn, locale);
    }

    public String cluster(Locale locale) {
        return pick(clusterZh, clusterEn, locale);
    }

    private static String pick(String zh, String en, Locale locale) {
        return "en".equals(locale.getLanguage()) && en != null && !en.isBlank() ? en : zh;
    }
}
