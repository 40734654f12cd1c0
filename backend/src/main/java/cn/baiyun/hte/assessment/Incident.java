package cn.baiyun.hte.assessment;

import java.time.LocalDate;

/** A major safety or quality accident or serious environmental violation, with the authority whose opinion reports it. */
public record Incident(LocalDate date, String type, String issuingAuthority) {
}
