package cn.baiyun.hte.referral;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import cn.baiyun.hte.platform.web.StreamingWorkbook.CellKind;
import cn.baiyun.hte.platform.web.StreamingWorkbook.Column;

/** The columns of the joint meeting's count, in order, shared by its page and its workbook. */
enum CountColumn {
    REFERRED(DepartmentCount::referred), RECEIVED(DepartmentCount::received), CONTACTED(DepartmentCount::contacted),
    IN_POOL(DepartmentCount::inPool), TIER_1(DepartmentCount::tier1), TIER_2(DepartmentCount::tier2),
    TIER_3(DepartmentCount::tier3), DECLINED(DepartmentCount::declined), VERIFIED(DepartmentCount::verified),
    RECOGNISED(DepartmentCount::recognised);

    private final ToLongFunction<DepartmentCount> value;

    CountColumn(ToLongFunction<DepartmentCount> value) {
        this.value = value;
    }

    /** The heading's message key. */
    public String key() {
        return "referral.counts." + name();
    }

    public long of(DepartmentCount count) {
        return value.applyAsLong(count);
    }

    /** The workbook's columns: the department, then the counts, headed in the reader's language. */
    static List<Column<DepartmentCount>> columns(Function<String, String> message) {
        List<Column<DepartmentCount>> counts = java.util.stream.Stream.of(values())
                .map(column -> new Column<DepartmentCount>(message.apply(column.key()), CellKind.INTEGER, column::of))
                .toList();
        return java.util.stream.Stream.concat(
                java.util.stream.Stream.of(new Column<DepartmentCount>(message.apply("referral.field.department"),
                        CellKind.TEXT, DepartmentCount::department)),
                counts.stream()).toList();
    }
}
