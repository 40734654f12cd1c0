package cn.baiyun.hte.filing.evidence;

import java.util.List;

import cn.baiyun.hte.platform.mongo.CursorPaging;

/** One page of a firm's documents in upload order; {@code next} is the cursor of the following page. */
record DocumentList(List<DocumentResource> items, String next) {

    static DocumentList of(CursorPaging.Page<EvidenceDocument> page) {
        return new DocumentList(page.items().stream().map(DocumentResource::of).toList(), page.next());
    }
}
