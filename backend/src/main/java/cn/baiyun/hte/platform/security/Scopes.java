package cn.baiyun.hte.platform.security;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The client scopes of the API, one per area and verb, exactly as the Keycloak realm declares them
 * ({@code keycloak/hte-realm.json}) and as a client's token carries them in its {@code scope} claim. An
 * operation names the one it needs with {@link ClientScope}; features refer to these names, never spell them.
 */
public final class Scopes {

    /** Firm profiles: list and read. */
    public static final String ENTERPRISES_READ = "enterprises:read";
    /** Annual filings, their revisions and evidence documents, and a firm's portfolio (IP, R&amp;D, achievements). */
    public static final String FILINGS_READ = "filings:read";
    /** A firm's filing drafts and IP assets; only a client bound to that firm, never a submission. */
    public static final String FILINGS_WRITE = "filings:write";
    /** The caller's department's referrals and their outcome. */
    public static final String REFERRALS_READ = "referrals:read";
    /** Refer firms for the caller's department. */
    public static final String REFERRALS_WRITE = "referrals:write";
    /** Published roadshows' registrations, for investors' and partners' systems. */
    public static final String ROADSHOWS_READ = "roadshows:read";
    /** What-if assessments of a posted snapshot. */
    public static final String ASSESSMENTS_PREVIEW = "assessments:preview";
    /** The caller's webhook subscriptions and their deliveries. */
    public static final String WEBHOOKS_MANAGE = "webhooks:manage";
    /** The bureau's dashboard figures; declared ahead of its endpoints. */
    public static final String DASHBOARD_READ = "dashboard:read";

    /** Every scope with what it grants, in the order the contract and the realm list them. */
    public static final Map<String, String> ALL;

    static {
        Map<String, String> all = new LinkedHashMap<>();
        all.put(ENTERPRISES_READ, "List and read firm profiles");
        all.put(FILINGS_READ, "Read annual filings, their revisions, evidence documents and firms' IP, R&D and "
                + "achievements");
        all.put(FILINGS_WRITE, "Write the filing drafts (financials, R&D spend, staff) and IP assets of the firm the "
                + "client is bound to; never submit");
        all.put(REFERRALS_READ, "Read the referrals of the client's department and their outcome");
        all.put(REFERRALS_WRITE, "Refer firms for the client's department");
        all.put(ROADSHOWS_READ, "Read published roadshows' registrations");
        all.put(ASSESSMENTS_PREVIEW, "Assess a posted firm snapshot; nothing is stored");
        all.put(WEBHOOKS_MANAGE, "Register webhook subscriptions and read their deliveries");
        all.put(DASHBOARD_READ, "Read the bureau's dashboard figures");
        ALL = Collections.unmodifiableMap(all);
    }

    /** The authority a token holding {@code scope} is granted, as Spring Security names it. */
    public static String authority(String scope) {
        return "SCOPE_" + scope;
    }

    private Scopes() {
    }
}
