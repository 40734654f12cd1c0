/**
 * What pages and API handlers share beyond security and errors: page templates read once at start-up,
 * webjars under version-less addresses, the layout's model (CSRF token, reader, language), the inline and
 * summary messages of forms ({@link cn.baiyun.hte.platform.web.FormErrors}) and versions as ETags
 * ({@link cn.baiyun.hte.platform.web.ETags}). None of it reads files on an event-loop thread; features keep
 * their own controllers and views.
 */
package cn.baiyun.hte.platform.web;
