package cn.baiyun.hte.platform.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.error.ProblemFactory;
import cn.baiyun.hte.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.validation.MapBindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message of a form names its field, with the portal's own bundles: the section pages' labels, the
 * profile's field names, a row by its number, a form's own prefix; and a value that could not be read
 * wins over what the rules say about the same field.
 */
@PortalIntegrationTest
class FormErrorsTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Autowired
    ProblemFactory messages;
    @Autowired
    FormBinder binder;

    @Test
    void fieldsAreNamedByTheirLabelsAndRowsByTheirNumbers() {
        FormErrors errors = FormErrors.of(PortalException.invalid(List.of(
                new FieldProblem("financials.totalRevenue", "filing.amount.negative"),
                new FieldProblem("staff.months[1].totalEnd", "NotNull"),
                new FieldProblem("incidents.items[0].authority", "NotNull"),
                new FieldProblem("staff.months", "filing.staff.months-operated", 12),
                new FieldProblem("specialized.level", "NotNull"),
                new FieldProblem("contacts[1].email", "Email"),
                new FieldProblem("nothingCalledThis", "NotNull"))), messages, ZH);

        assertThat(errors.get("financials.totalRevenue")).isEqualTo("收入总额：金额不能为负数");
        assertThat(errors.get("staff.months[1].totalEnd")).isEqualTo("2 月 职工总数（月末）：此项为必填项");
        assertThat(errors.get("incidents.items[0].authority")).isEqualTo("第 1 项 认定部门：此项为必填项");
        assertThat(errors.get("staff.months")).startsWith("月度人数：月度数据应为 12 行");
        assertThat(errors.get("specialized.level")).isEqualTo("级别：此项为必填项");
        assertThat(errors.get("contacts[1].email")).isEqualTo("联系人 2 电子邮箱：请输入有效的电子邮箱地址");
        assertThat(errors.get("nothingCalledThis")).isEqualTo("此项为必填项");
    }

    @Test
    void inEnglishToo() {
        FormErrors errors = FormErrors.of(PortalException.invalid(List.of(
                new FieldProblem("financials.totalRevenue", "filing.amount.negative"),
                new FieldProblem("staff.months[1].totalEnd", "NotNull"))), messages, Locale.ENGLISH);

        assertThat(errors.get("financials.totalRevenue")).startsWith("Total revenue: ");
        assertThat(errors.get("staff.months[1].totalEnd")).startsWith("Month 2, ").contains(": ");
    }

    @Test
    void aFormMayNameItsFieldsUnderItsOwnPrefix() {
        FormErrors errors = FormErrors.of(PortalException.invalid(List.of(
                new FieldProblem("visitDate", "NotNull"),
                new FieldProblem("followUps[2].action", "NotBlank"))), messages, ZH, "coaching.field.");

        assertThat(errors.get("visitDate")).isEqualTo("走访日期：此项为必填项");
        assertThat(errors.get("followUps[2].action")).isEqualTo("跟进事项 3 事项：此项为必填项");
    }

    @Test
    void whatCouldNotBeReadWinsOverTheRulesAndEveryOtherProblemIsShownWithIt() {
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("totalRevenue", "12万");
        form.add("highTechRevenue", "-1");
        BoundForm<Amounts> bound = binder.bind(form, Amounts.class);

        FormErrors errors = FormErrors.of(bound.binding(), List.of(
                new FieldProblem("totalRevenue", "NotNull"),
                new FieldProblem("highTechRevenue", "filing.amount.negative")), messages, ZH);

        assertThat(bound.value()).isEqualTo(new Amounts(null, new BigDecimal("-1")));
        assertThat(errors.getAll()).extracting(Map.Entry::getKey).containsExactly("totalRevenue", "highTechRevenue");
        assertThat(errors.get("totalRevenue")).startsWith("请输入以元为单位的金额");
        assertThat(errors.rejected("totalRevenue")).isEqualTo("12万");
        assertThat(errors.get("highTechRevenue")).isEqualTo("金额不能为负数");
    }

    @Test
    void noErrorsNoMessages() {
        FormErrors errors = FormErrors.of(new MapBindingResult(Map.of(), "form"), List.of(), messages, ZH);

        assertThat(errors.any()).isFalse();
    }

    record Amounts(BigDecimal totalRevenue, BigDecimal highTechRevenue) {
    }
}
