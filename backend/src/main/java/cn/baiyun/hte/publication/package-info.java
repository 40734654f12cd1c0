/**
 * What the bureau publishes for everyone (the Baiyun plan's 宣传): announcements (通知公告: filing windows,
 * deadlines, event calls, good practices of departments and firms) and the policy library (政策文件, each with
 * its PDF), in Chinese with optional English. Reviewers draft, edit, publish and withdraw them; anyone, signed
 * in or not, reads what is published, and a draft or a withdrawn item answers like an unknown one. Every change
 * is told as a {@link cn.baiyun.hte.publication.PublicationChanged} event, which the audit trail records. Others
 * use {@link cn.baiyun.hte.publication.AnnouncementService#latest} (the home page). It depends only on
 * {@code platform}.
 */
package cn.baiyun.hte.publication;
