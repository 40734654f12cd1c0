package cn.baiyun.hte.platform.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebBindingInitializer;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerAdapter;

/**
 * Gives the binder of every handler, pages and API alike, the strict editors ({@link StrictNumbers},
 * {@link StrictInputBinding}), after the framework's own set-up (conversion service, validator). Through the
 * handler adapter's binding initializer, a plain call per binder, rather than as {@code @InitBinder} advices:
 * for those, WebFlux builds a reflective handler method per advice on every request and invokes it for every
 * binder (about 5% of a JWT-validated no-op's processor time, measured with the load benchmark).
 */
@Component
class StrictBinding implements BeanPostProcessor {

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof RequestMappingHandlerAdapter adapter) {
            WebBindingInitializer framework = adapter.getWebBindingInitializer();
            adapter.setWebBindingInitializer(binder -> {
                if (framework != null) {
                    framework.initBinder(binder);
                }
                StrictNumbers.applyTo(binder);
                StrictInputBinding.applyTo(binder);
            });
        }
        return bean;
    }
}
