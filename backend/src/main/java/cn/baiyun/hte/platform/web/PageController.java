package cn.baiyun.hte.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.stereotype.Controller;

/**
 * A controller that answers with pages. The advices that fill every page's model (the layout's reader, CSRF
 * token, language, the header's firms) apply to these alone: advising {@link Controller} would also reach
 * every {@code @RestController}, which carries {@link Controller} too, and make each API answer compute a
 * page model it never renders.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface PageController {
}
