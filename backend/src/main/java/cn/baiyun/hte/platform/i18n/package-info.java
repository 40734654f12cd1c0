/**
 * Languages: pages speak Simplified Chinese unless the reader switches to English ({@code ?lang=en},
 * remembered), the API follows {@code Accept-Language}. Each feature declares its own
 * {@link cn.baiyun.hte.platform.i18n.MessageBundle}, so that features add texts without touching each other's
 * files. The bundles are read at start-up: a first read while rendering would block an event loop.
 */
package cn.baiyun.hte.platform.i18n;
