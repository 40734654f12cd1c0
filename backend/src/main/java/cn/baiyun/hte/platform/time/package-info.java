/**
 * Time as the bureau counts it: one {@link java.time.Clock} in Asia/Shanghai for the whole portal, which
 * tests replace with a fixed one, and {@link cn.baiyun.hte.platform.time.ShanghaiTime} to show instants in
 * local time on pages. Code asks this clock for the time, never the system.
 */
package cn.baiyun.hte.platform.time;
