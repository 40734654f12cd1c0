package cn.baiyun.hte.roadshow;

/** The code a firm shows at the door, as the organiser typed or scanned it. */
public record CheckIn(String code) {
}
