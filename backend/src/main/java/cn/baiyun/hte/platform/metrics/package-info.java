/**
 * What operators watch the portal by, besides the actuator's own request, MongoDB and JVM metrics: the work
 * waiting in the database (gauges counted off the request path, {@link cn.baiyun.hte.platform.metrics.WaitingWorkGauges})
 * and one access line per request with its request id and user id ({@link cn.baiyun.hte.platform.metrics.AccessLog}).
 * Features count their own business events with Micrometer directly (filings submitted, cycle runs).
 */
package cn.baiyun.hte.platform.metrics;
