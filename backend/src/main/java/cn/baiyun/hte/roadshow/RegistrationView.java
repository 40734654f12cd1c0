package cn.baiyun.hte.roadshow;

/**
 * A registration with what its readers see next to it: the event, and the place on the waitlist.
 *
 * @param waitlistPosition from 1 while {@code WAITLISTED}, else 0
 */
public record RegistrationView(Registration registration, Roadshow roadshow, int waitlistPosition) {
}
