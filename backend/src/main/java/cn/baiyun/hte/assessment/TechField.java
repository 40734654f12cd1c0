package cn.baiyun.hte.assessment;

/**
 * The field of the technology that core-supports the main products (《国家重点支持的高新技术领域》).
 *
 * @param level2Code positional catalogue code such as "1.1"; null when outside the catalogue
 */
public record TechField(boolean inCatalogue, String level2Code, String label) {
}
