package cn.baiyun.hte.assessment;

/** Head counts at the beginning and end of one month operated: all staff and S&T staff. */
public record MonthlyStaffCount(int month, int totalBegin, int totalEnd, int stBegin, int stEnd) {
}
