package cn.baiyun.hte.platform.i18n;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.i18n.LocaleContextResolver;

/**
 * Pages speak Simplified Chinese unless the reader switched to English ({@code ?lang=en}, remembered in
 * a cookie). The API follows the caller's {@code Accept-Language} among the supported languages.
 */
public class PortalLocaleContextResolver implements LocaleContextResolver {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> SUPPORTED = List.of(CHINESE, Locale.ENGLISH);
    static final String PARAMETER = "lang";
    static final String COOKIE = "hte_lang";

    @Override
    public LocaleContext resolveLocaleContext(ServerWebExchange exchange) {
        String requested = exchange.getRequest().getQueryParams().getFirst(PARAMETER);
        if (requested != null) {
            return new SimpleLocaleContext(supported(requested));
        }
        HttpCookie cookie = exchange.getRequest().getCookies().getFirst(COOKIE);
        if (cookie != null) {
            return new SimpleLocaleContext(supported(cookie.getValue()));
        }
        if (exchange.getRequest().getPath().value().startsWith("/api/")) {
            Locale best = Locale.lookup(acceptedLanguages(exchange), SUPPORTED);
            return new SimpleLocaleContext(best != null ? best : CHINESE);
        }
        return new SimpleLocaleContext(CHINESE);
    }

    /**
     * The caller's language preferences; none when the header cannot be parsed (a weight above 1, a broken
     * range): the locale is also resolved while an error is answered, so throwing here would turn any answer,
     * even a 401, into a 500.
     */
    private static List<Locale.LanguageRange> acceptedLanguages(ServerWebExchange exchange) {
        try {
            return exchange.getRequest().getHeaders().getAcceptLanguage();
        } catch (IllegalArgumentException unreadable) {
            return List.of();
        }
    }

    @Override
    public void setLocaleContext(ServerWebExchange exchange, LocaleContext localeContext) {
        Locale locale = localeContext == null ? CHINESE : localeContext.getLocale();
        exchange.getResponse().addCookie(ResponseCookie.from(COOKIE, locale.toLanguageTag())
                .path("/").httpOnly(true).sameSite("Lax").maxAge(Duration.ofDays(365)).build());
    }

    static Locale supported(String tag) {
        return tag.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : CHINESE;
    }
}
