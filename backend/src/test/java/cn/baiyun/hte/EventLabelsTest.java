package cn.baiyun.hte;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import cn.baiyun.hte.enterprise.ClaimDecided;
import cn.baiyun.hte.enterprise.Membership;
import cn.baiyun.hte.filing.FilingSection;
import cn.baiyun.hte.filing.portfolio.PortfolioRecordChanged;
import cn.baiyun.hte.platform.events.DomainEvent;
import cn.baiyun.hte.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event type is also an audit action that a firm's history shows to people: each needs a label in
 * Chinese and English, never a raw key on the page.
 */
@PortalIntegrationTest
class EventLabelsTest {

    @Autowired
    MessageSource messages;

    @Test
    void everyEventTypeHasAnAuditLabelInBothLanguages() throws Exception {
        List<String> types = eventTypes();
        assertThat(types).contains("filing.submitted", "pool.tier.published", "claim.approved",
                "portfolio.ip-asset.deleted");

        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            assertThat(types).allSatisfy(type -> assertThat(messages.getMessage("audit." + type, null, null, locale))
                    .as("audit.%s in %s", type, locale).isNotBlank().doesNotStartWith("??"));
        }
    }

    @Test
    void everyFieldAnEventSaysItChangedHasALabelInBothLanguages() {
        // The fields the events' changes() name besides the profile's own (which the profile page labels).
        List<String> fields = new ArrayList<>(List.of("department", "tier", "publishedTier", "status",
                "recommendedOn", "newlyMarkedFirms", "filingYear", "filingSection", "changedFields", "sectionDigest"));
        for (FilingSection section : FilingSection.values()) {
            fields.add("returnComment." + section.property());
        }
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            assertThat(fields).allSatisfy(field -> assertThat(messages.getMessage("field." + field, null, null, locale))
                    .as("field.%s in %s", field, locale).isNotBlank());
        }
    }

    /** The TYPE-like constants of every event record, and the types the two parameterised events make. */
    private static List<String> eventTypes() throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(DomainEvent.class));
        List<String> types = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("cn.baiyun.hte")) {
            Class<?> event = ClassUtils.forName(candidate.getBeanClassName(), EventLabelsTest.class.getClassLoader());
            for (Field field : event.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) && Modifier.isPublic(modifiers) && field.getType() == String.class) {
                    types.add((String) field.get(null));
                }
            }
        }
        Stream.of(Membership.Status.APPROVED, Membership.Status.REJECTED).map(ClaimDecided::typeOf).forEach(types::add);
        for (String kind : List.of("ip-asset", "achievement", "rd-project")) {
            Stream.of(PortfolioRecordChanged.Change.values())
                    .map(change -> PortfolioRecordChanged.typeOf(kind, change)).forEach(types::add);
        }
        return types;
    }
}
