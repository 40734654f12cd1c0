package cn.baiyun.hte.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Keycloak is and how the portal identifies itself to it.
 *
 * @param url          the address browsers use; also the token issuer's base
 * @param internalUrl  the address the server uses for back-channel calls (token, keys, user info);
 *                     differs from {@code url} behind a cluster ingress, defaults to it
 * @param realm        the realm
 * @param clientId     the portal's own confidential client
 * @param clientSecret its secret
 * @param audience     the audience every API access token must name
 */
@ConfigurationProperties("hte.keycloak")
public record KeycloakProperties(String url, String internalUrl, String realm, String clientId,
                                 String clientSecret, String audience) {

    public KeycloakProperties {
        internalUrl = internalUrl == null || internalUrl.isBlank() ? url : internalUrl;
    }

    public String issuer() {
        return url + "/realms/" + realm;
    }

    String publicEndpoint(String path) {
        return issuer() + "/protocol/openid-connect/" + path;
    }

    String internalEndpoint(String path) {
        return internalUrl + "/realms/" + realm + "/protocol/openid-connect/" + path;
    }
}
