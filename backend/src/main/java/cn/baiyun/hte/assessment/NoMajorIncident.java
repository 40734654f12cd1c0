package cn.baiyun.hte.assessment;

import java.util.List;

/** C8: no major incident within the 365 days before the reference date. */
public record NoMajorIncident(List<SnapshotIncident> incidentsInWindow, boolean pass, String manualReview) {
}
