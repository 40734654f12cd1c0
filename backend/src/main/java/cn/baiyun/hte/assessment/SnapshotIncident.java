package cn.baiyun.hte.assessment;

import java.time.LocalDate;

/**
 * A major safety or quality accident or serious environmental violation, with the authority whose opinion
 * reports it, as the snapshot carries it (the filing's own record of an incident is {@code filing.Incident}).
 */
public record SnapshotIncident(LocalDate date, String type, String issuingAuthority) {
}
