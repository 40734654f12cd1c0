/**
 * How JSON request bodies are read: strictly, in one place for every API field
 * ({@link cn.baiyun.hte.platform.json.StrictInput}); a value refused there becomes that field's error
 * ({@link cn.baiyun.hte.platform.json.RejectedInput}).
 */
package cn.baiyun.hte.platform.json;
