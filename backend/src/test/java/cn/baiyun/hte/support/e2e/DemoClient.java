package cn.baiyun.hte.support.e2e;

import cn.baiyun.hte.client.ApiClient;

/**
 * The demo integration clients of {@code keycloak/hte-realm.json} (README, "Demo integration clients"): each
 * takes a real token from the test Keycloak by client credentials, so what its scopes and claim mappers put
 * in the token is what the portal judges.
 */
public enum DemoClient {

    /** enterprises:read roadshows:read webhooks:manage. */
    INTEGRATION("demo-integration"),
    /** 工信局's system: referrals:write referrals:read, a {@code department} claim. */
    GXJ_SYSTEM("demo-gxj-system"),
    /** A financing institution: roadshows:read. */
    INVESTOR("demo-investor"),
    /** Firm A's finance software: enterprises:read filings:read filings:write, a {@code firm_uscc} claim. */
    FIRM_A_FINANCE("demo-firm-a-finance");

    /** The firm code that the realm's claim mapper puts into {@link #FIRM_A_FINANCE}'s tokens. */
    public static final String FIRM_A_USCC = "91520113MA6J8XY1AX";

    private final String clientId;

    DemoClient(String clientId) {
        this.clientId = clientId;
    }

    /** The generated client, calling with a fresh token of this client. */
    public ApiClient api() {
        return GeneratedClient.withBearer(token());
    }

    /** A fresh access token of this client (the realm's demo secrets are the client's id + "-secret"). */
    public String token() {
        return KeycloakTestServer.clientCredentialsToken(clientId, clientId + "-secret");
    }
}
