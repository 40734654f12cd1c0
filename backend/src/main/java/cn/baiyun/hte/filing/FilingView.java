package cn.baiyun.hte.filing;

import java.util.Map;

/** A filing with what the portal derives from it: each section's progress and the computed figures. */
public record FilingView(Filing filing, Map<FilingSection, SectionProgress> progress, FilingFigures figures) {

    public boolean complete() {
        return progress.values().stream().allMatch(p -> p == SectionProgress.COMPLETED);
    }
}
