package cn.baiyun.hte.roadshow;

/** An organiser's reason: for rejecting (required), approving (optional) or cancelling an event (required). */
public record DecisionReason(String reason) {
}
