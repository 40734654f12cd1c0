package cn.baiyun.hte.publication;

/**
 * An announcement as a reviewer writes it: Chinese title and body required, English optional. The bodies are
 * plain text, paragraphs separated by a blank line; they are always shown as text, never as markup.
 */
public record AnnouncementDetails(String titleZh, String titleEn, AnnouncementCategory category, String bodyZh,
                                  String bodyEn) {
}
