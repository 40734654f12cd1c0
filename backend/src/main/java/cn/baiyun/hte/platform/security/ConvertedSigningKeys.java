package cn.baiyun.hte.platform.security;

import java.security.Key;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.proc.JWKSecurityContext;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.util.Base64URL;

/**
 * Keeps the realm's signing keys as Java keys once converted. Nimbus's selector rebuilds the RSA public key
 * from the JWK for every token ({@code RSAKey.toRSAPublicKey}, a key factory call), a cost every API request
 * paid. The JWKs themselves still come from Spring's remote source, which caches the realm's key set, serves
 * it while Keycloak is down and fetches it again for a key id it does not know: this class only remembers what
 * the selector made of the same JWKs for the same header, and asks it whenever either differs. The signature
 * is still verified for every token with the selected key.
 */
final class ConvertedSigningKeys extends JWSVerificationKeySelector<JWKSecurityContext> {

    /**
     * Only selections that found a key are kept, so the entries are the realm's keys by algorithm; a realm has
     * a handful. The bound only guards against a surprise; past it, the keys are converted again.
     */
    private static final int MOST_KEPT = 32;

    private final JWSVerificationKeySelector<JWKSecurityContext> selector;
    private final Map<Selection, List<Key>> converted = new ConcurrentHashMap<>();

    /**
     * A {@link JWSVerificationKeySelector} itself because Spring's decoder asks its selector, as that type,
     * which algorithms to accept; both questions go to the wrapped selector, whose algorithms Spring chose
     * (the superclass's set is never consulted).
     */
    ConvertedSigningKeys(JWSVerificationKeySelector<JWKSecurityContext> selector) {
        super(JWSAlgorithm.Family.SIGNATURE, selector.getJWKSource());
        this.selector = selector;
    }

    @Override
    public boolean isAllowed(JWSAlgorithm algorithm) {
        return selector.isAllowed(algorithm);
    }

    /** What the wrapped selector's answer depends on: the header's key hints and the candidate JWKs. */
    private record Selection(JWSAlgorithm algorithm, String keyId, Base64URL certificateThumbprint,
                             List<JWK> candidates) {
    }

    @Override
    public List<Key> selectJWSKeys(JWSHeader header, JWKSecurityContext context) throws KeySourceException {
        Selection selection = new Selection(header.getAlgorithm(), header.getKeyID(),
                header.getX509CertSHA256Thumbprint(), context.getKeys());
        List<Key> keys = converted.get(selection);
        if (keys != null) {
            return keys;
        }
        keys = List.copyOf(selector.selectJWSKeys(header, context));
        if (!keys.isEmpty()) {
            if (converted.size() >= MOST_KEPT) {
                converted.clear();
            }
            converted.put(selection, keys);
        }
        return keys;
    }
}
