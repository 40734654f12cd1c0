package cn.baiyun.hte.platform.events;

/** A field's value before and after a change, as display strings ({@code null} when absent). */
public record FieldChange(String field, String before, String after) {
}
