package cn.baiyun.hte.roadshow;

/**
 * A person a firm sends to the event.
 *
 * @param mobile a mainland mobile number, 11 digits starting 13–19; shown to investors and integration clients
 *               only when the firm consented to share contacts
 */
public record Attendee(String name, String role, String mobile) {
}
