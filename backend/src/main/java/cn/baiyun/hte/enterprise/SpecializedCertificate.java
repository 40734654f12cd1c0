package cn.baiyun.hte.enterprise;

import java.time.LocalDate;

/** A 专精特新 (specialised, refined, distinctive, innovative) certificate. */
public record SpecializedCertificate(Level level, String issuer, LocalDate validFrom, LocalDate validTo) {

    public enum Level { INNOVATIVE_SME, PROVINCIAL, NATIONAL_LITTLE_GIANT }
}
