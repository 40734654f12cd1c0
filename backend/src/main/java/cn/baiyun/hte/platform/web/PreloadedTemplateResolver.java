package cn.baiyun.hte.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.cache.AlwaysValidCacheEntryValidity;
import org.thymeleaf.cache.ICacheEntryValidity;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractTemplateResolver;
import org.thymeleaf.templateresource.ITemplateResource;
import org.thymeleaf.templateresource.StringTemplateResource;

/**
 * Serves the page templates from memory, read once at start-up. Thymeleaf reads template files
 * synchronously when a page is first rendered, which in WebFlux would be a blocking read on an
 * event-loop thread; templates are part of the build, so there is nothing to reload at run time.
 */
class PreloadedTemplateResolver extends AbstractTemplateResolver {

    private static final String LOCATION = "templates/";
    private static final String SUFFIX = ".html";

    private final Map<String, String> templates;

    PreloadedTemplateResolver() {
        this.templates = readAll();
        setCheckExistence(true);
    }

    @Override
    protected ITemplateResource computeTemplateResource(IEngineConfiguration configuration, String ownerTemplate,
                                                        String template, Map<String, Object> attributes) {
        String content = templates.get(template);
        return content == null ? new MissingTemplate(template) : new StringTemplateResource(content);
    }

    @Override
    protected TemplateMode computeTemplateMode(IEngineConfiguration configuration, String ownerTemplate,
                                               String template, Map<String, Object> attributes) {
        return TemplateMode.HTML;
    }

    @Override
    protected ICacheEntryValidity computeValidity(IEngineConfiguration configuration, String ownerTemplate,
                                                  String template, Map<String, Object> attributes) {
        return AlwaysValidCacheEntryValidity.INSTANCE;
    }

    private static Map<String, String> readAll() {
        var resolver = new PathMatchingResourcePatternResolver();
        try {
            String root = resolver.getResource("classpath:" + LOCATION).getURL().toString();
            Map<String, String> templates = new HashMap<>();
            for (Resource resource : resolver.getResources("classpath:" + LOCATION + "**/*" + SUFFIX)) {
                String url = resource.getURL().toString();
                String name = url.substring(root.length(), url.length() - SUFFIX.length());
                templates.put(name, resource.getContentAsString(StandardCharsets.UTF_8));
            }
            return Map.copyOf(templates);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the page templates", e);
        }
    }

    /** A template name that does not exist, so that the resolver reports it as such. */
    private record MissingTemplate(String name) implements ITemplateResource {

        @Override
        public String getDescription() {
            return name;
        }

        @Override
        public String getBaseName() {
            return name;
        }

        @Override
        public boolean exists() {
            return false;
        }

        @Override
        public java.io.Reader reader() throws IOException {
            throw new java.io.FileNotFoundException(name);
        }

        @Override
        public ITemplateResource relative(String relativeLocation) {
            return new MissingTemplate(relativeLocation);
        }
    }
}
