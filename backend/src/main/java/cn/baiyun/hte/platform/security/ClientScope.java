package cn.baiyun.hte.platform.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The client scopes an API handler method needs, named from {@link Scopes}. It is checked once, centrally,
 * before the handler runs ({@link ClientScopeAuthorization}) and rendered into the contract as the operation's
 * security requirement, so code and contract cannot disagree.
 * <ul>
 *   <li>A client's token (client credentials: it carries {@code client_id}) must hold every scope listed, or
 *       the call is refused with 403 problem+json. {@code @ClientScope({})} admits any client token (e.g.
 *       "who am I").</li>
 *   <li>An API operation without this annotation is for people only: every client token is refused.</li>
 *   <li>People (page sessions and a person's bearer token) are never judged by scopes here: their roles and
 *       firm memberships are checked in the features' services, as before.</li>
 * </ul>
 * The scope admits a client to the operation, nothing more: the services still check which firm, department
 * or record the client may touch (e.g. a firm-bound client only its own firm).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ClientScope {

    /** The scopes a client's token must all hold; empty for any client token. */
    String[] value();
}
