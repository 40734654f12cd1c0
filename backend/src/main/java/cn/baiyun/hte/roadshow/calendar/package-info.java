/**
 * Roadshows and trainings as calendar files (.ics, RFC 5545) with the Asia/Shanghai time zone, written with
 * ical4j from an entry the pages and the API fill in the reader's language.
 */
package cn.baiyun.hte.roadshow.calendar;
