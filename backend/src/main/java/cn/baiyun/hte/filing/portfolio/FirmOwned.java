package cn.baiyun.hte.filing.portfolio;

import java.time.Instant;

/**
 * A portfolio document: owned by one firm, edited as a whole through its details {@code D}, versioned
 * for optimistic locking.
 */
interface FirmOwned<D, T extends FirmOwned<D, T>> {

    String id();

    String enterpriseId();

    D details();

    Long version();

    T withDetails(D details, Instant now);
}
