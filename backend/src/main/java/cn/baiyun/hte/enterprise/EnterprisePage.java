package cn.baiyun.hte.enterprise;

import java.util.List;

/** One page of firms in stable order; {@code next} is the cursor of the following page, or null. */
public record EnterprisePage(List<Enterprise> items, String next) {
}
