package cn.baiyun.hte.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long finished work is kept ({@code hte.notification.retention}) before {@link NoticePurge} deletes it:
 * mail jobs that were sent or given up (the operator reads a failure's error meanwhile), and notices their
 * reader has read. Unread notices and mail jobs still to be sent are kept whatever their age.
 *
 * @param mailJobs     after their creation, for jobs {@code SENT} or {@code FAILED}
 * @param readNotices  after their reader read them
 * @param interval     between two purges
 */
@ConfigurationProperties("hte.notification.retention")
record NoticeRetention(@DefaultValue("P30D") Duration mailJobs, @DefaultValue("P180D") Duration readNotices,
                       @DefaultValue("PT6H") Duration interval) {
}
