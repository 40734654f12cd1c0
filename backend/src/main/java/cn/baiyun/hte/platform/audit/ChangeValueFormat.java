package cn.baiyun.hte.platform.audit;

import java.util.Locale;
import java.util.Optional;

/**
 * How a feature shows a person the values it recorded in its changes. The log stores them as plain text and
 * knows no feature, so each feature that records enum names, records or dates declares one of these for the
 * subjects it owns; {@link ChangeHistory} asks it before showing a value.
 */
public interface ChangeValueFormat {

    /** Whether the values recorded for this kind of subject ({@code enterprise}, {@code poolEntry}) are its. */
    boolean reads(String subjectType);

    /** The recorded value (never {@code null}) as a person reads it, or empty to show it as it was recorded. */
    Optional<String> text(String field, String value, Locale locale);
}
