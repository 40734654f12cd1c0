package cn.baiyun.hte.coaching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A visit as a reviewer logs or edits it. Lists may hold {@code null} entries as sent: the rules answer
 * them as field problems rather than failing to read the request.
 *
 * @param bureauAttendees the names of the bureau's people present, as free text
 * @param firmAttendees   the names (and roles) of the firm's people met
 * @param followUps       with the {@code id} of a stored follow-up to keep it, without one to add one
 */
public record VisitDetails(LocalDate visitDate, List<String> bureauAttendees, List<String> firmAttendees,
                           List<CoachingTopic> topics, String summary, List<FollowUp> followUps) {

    public VisitDetails {
        bureauAttendees = copy(bureauAttendees);
        firmAttendees = copy(firmAttendees);
        topics = copy(topics);
        followUps = copy(followUps);
    }

    private static <T> List<T> copy(List<T> items) {
        return items == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(items));
    }
}
