/**
 * Who is calling and how they got in: the API as a stateless resource server taking Keycloak bearer
 * tokens, the pages as a backend-for-frontend with authorization-code login, server-side sessions in MongoDB
 * (none for an anonymous page view; written back only when changed) and CSRF protection; the security headers
 * of every answer (Content-Security-Policy, Permissions-Policy, HSTS over HTTPS) and which proxies' forwarded
 * headers count. Features receive the caller as a {@link cn.baiyun.hte.platform.security.PortalUser}
 * (roles, department, scopes) and make the finer checks (firm membership, scopes) in their own services; this
 * package knows no firm and no feature.
 */
package cn.baiyun.hte.platform.security;
