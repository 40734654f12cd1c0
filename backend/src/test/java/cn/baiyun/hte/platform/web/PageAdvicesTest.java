package cn.baiyun.hte.platform.web;

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
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.ControllerAdviceBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which controllers the portal's advices reach: those that fill a page's model only pages (an API answer
 * would compute the model and never render it), those that decide how request values bind every controller
 * (the API's parameters are bound as strictly as forms).
 */
@PortalIntegrationTest
class PageAdvicesTest {

    @Autowired
    ApplicationContext context;

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
    void bindingAdvicesReachPagesAndApisAlike() {
        List<ControllerAdviceBean> bindingAdvices = advices().stream()
                .filter(advice -> declares(advice, InitBinder.class)).toList();

        assertThat(bindingAdvices).extracting(ControllerAdviceBean::getBeanType)
                .extracting(Class::getSimpleName).contains("StrictBinding");
        assertThat(controllers(true)).allSatisfy(api ->
                assertThat(bindingAdvices).allMatch(advice -> advice.isApplicableToBeanType(api)));
        assertThat(controllers(false)).allSatisfy(page ->
                assertThat(bindingAdvices).allMatch(advice -> advice.isApplicableToBeanType(page)));
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
