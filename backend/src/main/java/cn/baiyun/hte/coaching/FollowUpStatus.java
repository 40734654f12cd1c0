package cn.baiyun.hte.coaching;

public enum FollowUpStatus {
    OPEN, DONE
}
