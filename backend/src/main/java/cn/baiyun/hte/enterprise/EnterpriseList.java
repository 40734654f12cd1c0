package cn.baiyun.hte.enterprise;

import java.util.List;

/** A page of firms; pass {@code next} as {@code cursor} to get the following page. */
record EnterpriseList(List<EnterpriseResource> items, String next) {

    static EnterpriseList of(EnterprisePage page) {
        return new EnterpriseList(page.items().stream().map(EnterpriseResource::of).toList(), page.next());
    }
}
