package cn.baiyun.hte.enterprise;

/** A person at the firm the bureau may contact. */
public record Contact(String name, String position, String phone, String email) {
}
