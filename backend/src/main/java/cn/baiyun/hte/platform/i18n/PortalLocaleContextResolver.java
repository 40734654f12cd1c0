package cn.baiyun.hte.platform.i18n;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

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
    public static final String PARAMETER = "lang";
    public static final String COOKIE = "hte_lang";

    @Override
    public LocaleContext resolveLocaleContext(ServerWebExchange exchange) {
        var request = exchange.getRequest();
        HttpCookie cookie = request.getCookies().getFirst(COOKIE);
        return new SimpleLocaleContext(of(request.getPath().value(), request.getQueryParams().getFirst(PARAMETER),
                cookie == null ? null : cookie.getValue(), () -> request.getHeaders().getAcceptLanguage()));
    }

    /**
     * The language of a request from its parts, by the rules above; also for a request the HTTP decoder
     * could not wholly read, which never becomes an exchange.
     *
     * @param langParameter the {@value #PARAMETER} query parameter, or null
     * @param langCookie    the {@value #COOKIE} cookie's value, or null
     * @param accepted      the caller's {@code Accept-Language} ranges, asked for API paths only
     */
    public static Locale of(String path, String langParameter, String langCookie,
                            Supplier<List<Locale.LanguageRange>> accepted) {
        if (langParameter != null) {
            return supported(langParameter);
        }
        if (langCookie != null) {
            return supported(langCookie);
        }
        if (path.startsWith("/api/")) {
            Locale best = Locale.lookup(acceptedLanguages(accepted), SUPPORTED);
            return best != null ? best : CHINESE;
        }
        return CHINESE;
    }

    /**
     * The caller's language preferences; none when the header cannot be parsed (a weight above 1, a broken
     * range): the locale is also resolved while an error is answered, so throwing here would turn any answer,
     * even a 401, into a 500.
     */
    private static List<Locale.LanguageRange> acceptedLanguages(Supplier<List<Locale.LanguageRange>> accepted) {
        try {
            return accepted.get();
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
