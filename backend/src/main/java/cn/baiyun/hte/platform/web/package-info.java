/**
 * What pages and API handlers share beyond security and errors: page templates read once at start-up,
 * webjars under version-less addresses, the layout's model (CSRF token, reader, language), posted forms
 * read straight into the records the services take, a value that cannot be read costing only its field
 * ({@link cn.baiyun.hte.platform.web.FormBinder}), the inline and summary messages of forms, each naming
 * its field ({@link cn.baiyun.hte.platform.web.FormErrors}), and versions as ETags
 * ({@link cn.baiyun.hte.platform.web.ETags}). None of it reads files on an event-loop thread; features keep
 * their own controllers and views.
 */
package cn.baiyun.hte.platform.web;
