package cn.baiyun.hte.platform.i18n;

import java.util.Collection;
import java.util.Locale;

import org.springframework.context.support.ResourceBundleMessageSource;

/** A bundle message source that can read all of its bundles up front (see {@link LocaleConfiguration}). */
public class PreloadedMessageSource extends ResourceBundleMessageSource {

    void preload(Collection<Locale> locales) {
        for (String basename : getBasenameSet()) {
            locales.forEach(locale -> getResourceBundle(basename, locale));
        }
    }
}
