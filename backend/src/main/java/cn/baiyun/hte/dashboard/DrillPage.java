package cn.baiyun.hte.dashboard;

import java.util.List;

/** One page of a firm list behind a number; {@code next} is the cursor of the following page, null at the end. */
public record DrillPage(List<DrillRow> rows, String next) {
}
