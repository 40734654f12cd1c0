package cn.baiyun.hte.dashboard;

import java.math.BigDecimal;

/**
 * The targets form: the year and its three figures (the share in percent), and the version of the year's own
 * targets the reviewer started from (none when the year had none yet).
 */
record TargetForm(Integer year, Integer hteFirms, Integer aboveSizeHteFirms, BigDecimal specialisedSharePercent,
                  Long version) {

    static TargetForm of(Targets targets) {
        TargetRequest request = TargetRequest.of(targets.values());
        return new TargetForm(targets.year(), request.hteFirms(), request.aboveSizeHteFirms(),
                request.specialisedSharePercent(), targets.version());
    }

    TargetRequest request() {
        return new TargetRequest(hteFirms, aboveSizeHteFirms, specialisedSharePercent);
    }
}
