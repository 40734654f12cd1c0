package cn.baiyun.hte.publication;

/** What an announcement is about, by the kinds of notice the programme's year brings. */
public enum AnnouncementCategory {
    /** A filing window opens (annual data, applications). */
    FILING_WINDOW,
    /** A deadline comes, e.g. the tier adjustment by 30 April. */
    DEADLINE,
    /** A call to an event: a roadshow, a training, a policy briefing. */
    EVENT_CALL,
    /** A good practice of a department or a firm (the plan's 宣传). */
    GOOD_PRACTICE,
    OTHER
}
