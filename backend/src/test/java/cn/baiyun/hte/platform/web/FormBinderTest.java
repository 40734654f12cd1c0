package cn.baiyun.hte.platform.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.FieldError;
import org.springframework.web.server.ServerWebInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading posted forms into records: what is bound, what is kept of what could not be. */
class FormBinderTest {

    record Row(Integer begin, Integer end) {
    }

    record Item(LocalDate date, Kind kind, String note) {
    }

    enum Kind { SAFETY, QUALITY }

    record Figures(BigDecimal revenue, BigDecimal assets, Integer months, List<Row> rows) {
    }

    record Registration(String number, int year) {
    }

    record Report(Figures figures, List<Item> items, Boolean none, List<Kind> kinds, Registration registration) {

        Report {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    private final FormBinder binder = new FormBinder(portalConversions());

    @Test
    void everyValueIsReadTheWayThePortalReadsNumbersAndDates() {
        BoundForm<Report> bound = binder.bind(form(
                "figures.revenue", "12,000,000.50", "figures.months", "１２",
                "figures.rows[0].begin", "10", "figures.rows[1].end", "11",
                "items[0].date", "2024-03-01", "items[0].kind", "QUALITY", "items[0].note", "罚款",
                "none", "true", "kinds", "SAFETY", "kinds", "QUALITY",
                "version", "7", "_csrf", "token"), Report.class);

        assertThat(bound.hasErrors()).isFalse();
        Report report = bound.value();
        assertThat(report.figures().revenue()).isEqualTo(new BigDecimal("12000000.50"));
        assertThat(report.figures().assets()).isNull();
        assertThat(report.figures().months()).isEqualTo(12);
        assertThat(report.figures().rows()).containsExactly(new Row(10, null), new Row(null, 11));
        assertThat(report.items()).containsExactly(new Item(LocalDate.of(2024, 3, 1), Kind.QUALITY, "罚款"));
        assertThat(report.none()).isTrue();
        assertThat(report.kinds()).containsExactly(Kind.SAFETY, Kind.QUALITY);
    }

    /** Java alone would read these as a thousand and as twelve; the portal's formats do not. */
    @Test
    void numbersOnlyJavaWouldReadAreRefusedAsTheFormsRefuseThem() {
        BoundForm<Report> bound = binder.bind(form("figures.revenue", "1e3", "figures.months", "0x0C"), Report.class);

        assertThat(bound.binding().getFieldErrors()).extracting(FieldError::getField)
                .containsExactlyInAnyOrder("figures.revenue", "figures.months");
        assertThat(bound.binding().getFieldError("figures.revenue").getRejectedValue()).isEqualTo("1e3");
    }

    @Test
    void aValueThatCannotBeReadLeavesItsFieldEmptyKeepsWhatWasTypedAndTheRestIsBound() {
        BoundForm<Report> bound = binder.bind(form(
                "figures.revenue", "12万", "figures.assets", "-5", "figures.months", "12",
                "figures.rows[0].begin", "10", "figures.rows[3].end", "10.5", "figures.rows[3].begin", "9",
                "items[0].date", "2024-02-30", "items[0].kind", "SAFETY", "items[1].kind", "QUALITY",
                "items[1].note", "整改"), Report.class);

        assertThat(bound.hasErrors()).isTrue();
        assertThat(bound.binding().getFieldErrors()).extracting(FieldError::getField)
                .containsExactlyInAnyOrder("figures.revenue", "figures.rows[3].end", "items[0].date");
        assertThat(bound.binding().getFieldError("figures.revenue").getRejectedValue()).isEqualTo("12万");
        assertThat(bound.binding().getFieldError("figures.revenue").getCodes())
                .contains("typeMismatch.java.math.BigDecimal");
        assertThat(bound.binding().getFieldError("figures.rows[3].end").getRejectedValue()).isEqualTo("10.5");
        assertThat(bound.binding().getFieldError("figures.rows[3].end").getCodes())
                .contains("typeMismatch.figures.rows.end", "typeMismatch.java.lang.Integer");
        assertThat(bound.binding().getFieldError("items[0].date").getRejectedValue()).isEqualTo("2024-02-30");

        Report report = bound.value();
        assertThat(report.figures().revenue()).isNull();
        assertThat(report.figures().assets()).isEqualByComparingTo("-5");
        assertThat(report.figures().months()).isEqualTo(12);
        assertThat(report.figures().rows().get(0)).isEqualTo(new Row(10, null));
        assertThat(report.figures().rows().get(3)).isEqualTo(new Row(9, null));
        assertThat(report.items()).containsExactly(new Item(null, Kind.SAFETY, null),
                new Item(null, Kind.QUALITY, "整改"));
    }

    @Test
    void blankInputsAreEmptyFieldsNotErrors() {
        BoundForm<Report> bound = binder.bind(form("figures.revenue", "", "figures.months", " ", "none", "",
                "items[0].kind", "", "items[0].date", "", "items[0].note", " ", "registration.year", "",
                "registration.number", ""), Report.class);

        assertThat(bound.binding().getFieldErrors()).isEmpty();
        assertThat(bound.value().figures()).isEqualTo(new Figures(null, null, null, null));
        assertThat(bound.value().items()).containsExactly(new Item(null, null, null));
        assertThat(bound.value().registration()).isEqualTo(new Registration(null, 0));
    }

    @Test
    void rowsThatWereNotPostedAreEmptyRows() {
        BoundForm<Report> bound = binder.bind(form("items[2].note", "c", "figures.rows[1].end", "5"), Report.class);

        assertThat(bound.hasErrors()).isFalse();
        assertThat(bound.value().items()).containsExactly(new Item(null, null, null), new Item(null, null, null),
                new Item(null, null, "c"));
        assertThat(bound.value().figures().rows()).containsExactly(new Row(null, null), new Row(null, 5));
    }

    @Test
    void aFormThePageCouldNotHaveSentIsABadRequest() {
        assertThatThrownBy(() -> binder.bind(form("items[x].note", "a"), Report.class))
                .isInstanceOf(ServerWebInputException.class);
        assertThatThrownBy(() -> binder.bind(form("items[100000].note", "a"), Report.class))
                .isInstanceOf(ServerWebInputException.class);
    }

    private static MultiValueMap<String, String> form(String... namesAndValues) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return form;
    }

    private static DefaultFormattingConversionService portalConversions() {
        DefaultFormattingConversionService conversions = new DefaultFormattingConversionService();
        new FormattingConfiguration().addFormatters(conversions);
        return conversions;
    }
}
