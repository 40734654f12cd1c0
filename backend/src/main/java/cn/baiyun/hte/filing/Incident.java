package cn.baiyun.hte.filing;

import java.time.LocalDate;

/** A major safety or quality accident or a serious environmental violation, as an authority found it (§2 C8). */
public record Incident(LocalDate date, Type type, String authority, String description) {

    public enum Type { SAFETY, QUALITY, ENVIRONMENTAL }
}
