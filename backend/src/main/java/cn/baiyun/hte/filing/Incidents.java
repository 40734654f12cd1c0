package cn.baiyun.hte.filing;

import java.util.List;

/**
 * The incidents of the year, or an explicit statement that there were none: an empty list alone could
 * mean the firm has not answered yet.
 */
public record Incidents(Boolean none, List<Incident> items) {

    public Incidents {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
