package cn.baiyun.hte.platform.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import cn.baiyun.hte.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Controller;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.ControllerAdviceBean;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerAdapter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which controllers the portal's advices reach: those that fill a page's model only pages (an API answer
 * would compute the model and never render it); how request values bind is every controller's (the API's
 * parameters are bound as strictly as forms), set once on the handler adapter.
 */
@PortalIntegrationTest
class PageAdvicesTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    RequestMappingHandlerAdapter adapter;

    @Test
    void pageModelAdvicesReachEveryPageAndNoApi() {
        List<Class<?>> pages = controllers(false);
        List<Class<?>> apis = controllers(true);
        List<ControllerAdviceBean> modelAdvices = advices().stream()
                .filter(advice -> declares(advice, ModelAttribute.class)).toList();

        assertThat(modelAdvices).extracting(ControllerAdviceBean::getBeanType)
                .extracting(Class::getSimpleName).contains("PageModelAdvice", "FirmNavigationAdvice");
        assertThat(pages).hasSizeGreaterThan(15).allSatisfy(page ->
                assertThat(modelAdvices).allMatch(advice -> advice.isApplicableToBeanType(page)));
        assertThat(apis).hasSizeGreaterThan(10).allSatisfy(api ->
                assertThat(modelAdvices).noneMatch(advice -> advice.isApplicableToBeanType(api)));
    }

    @Test
    void everyHandlersBinderReadsValuesStrictlyAfterTheFrameworksSetUp() {
        WebDataBinder binder = new WebDataBinder(null);
        adapter.getWebBindingInitializer().initBinder(binder);

        assertThat(binder.getConversionService()).isNotNull();
        assertThat(List.of(String.class, LocalDate.class, BigDecimal.class, Integer.class))
                .allSatisfy(type -> assertThat(binder.findCustomEditor(type, null)).as(type.getSimpleName()).isNotNull());
        assertThat(advices()).as("no binding advice: each would cost a reflective call per request")
                .noneMatch(advice -> declares(advice, InitBinder.class));
    }

    private List<ControllerAdviceBean> advices() {
        return ControllerAdviceBean.findAnnotatedBeans(context).stream()
                .filter(advice -> advice.getBeanType() != null
                        && advice.getBeanType().getPackageName().startsWith("cn.baiyun.hte"))
                .toList();
    }

    private static boolean declares(ControllerAdviceBean advice, Class<? extends java.lang.annotation.Annotation> kind) {
        return Arrays.stream(advice.getBeanType().getDeclaredMethods())
                .anyMatch(method -> AnnotatedElementUtils.hasAnnotation(method, kind));
    }

    /** The portal's controllers: the REST ones or the page ones. */
    private List<Class<?>> controllers(boolean rest) {
        Map<String, Object> controllers = context.getBeansWithAnnotation(Controller.class);
        return controllers.values().stream()
                .<Class<?>>map(bean -> ClassUtils.getUserClass(bean))
                .filter(type -> type.getPackageName().startsWith("cn.baiyun.hte"))
                .filter(type -> AnnotatedElementUtils.hasAnnotation(type, RestController.class) == rest)
                .toList();
    }
}
