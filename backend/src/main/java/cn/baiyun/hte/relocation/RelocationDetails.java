package cn.baiyun.hte.relocation;

import java.time.LocalDate;
import java.util.List;

/** A relocation as a reviewer records it; the firm is named by the address it is recorded under. */
public record RelocationDetails(String origin, LocalDate arrivalDate, HteStatusAtArrival hteAtArrival,
                                SupportPackage support, List<Milestone> milestones) {

    public RelocationDetails {
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }
}
