package cn.baiyun.hte.filing;

import java.util.EnumSet;
import java.util.Set;

/** What a firm has filed for one fiscal year; a section not yet saved is {@code null}. */
public record FilingContent(Financials financials, RdSpend rdSpend, Staff staff, Incidents incidents,
                            SelfAssessment selfAssessment) {

    static FilingContent empty() {
        return new FilingContent(null, null, null, null, null);
    }

    Object section(FilingSection section) {
        return switch (section) {
            case FINANCIALS -> financials;
            case RD_SPEND -> rdSpend;
            case STAFF -> staff;
            case INCIDENTS -> incidents;
            case SELF_ASSESSMENT -> selfAssessment;
        };
    }

    FilingContent with(FilingSection section, Object value) {
        return new FilingContent(
                section == FilingSection.FINANCIALS ? (Financials) value : financials,
                section == FilingSection.RD_SPEND ? (RdSpend) value : rdSpend,
                section == FilingSection.STAFF ? (Staff) value : staff,
                section == FilingSection.INCIDENTS ? (Incidents) value : incidents,
                section == FilingSection.SELF_ASSESSMENT ? (SelfAssessment) value : selfAssessment);
    }

    Set<FilingSection> started() {
        Set<FilingSection> started = EnumSet.noneOf(FilingSection.class);
        for (FilingSection section : FilingSection.values()) {
            if (section(section) != null) {
                started.add(section);
            }
        }
        return started;
    }
}
