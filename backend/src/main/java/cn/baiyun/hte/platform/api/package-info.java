/**
 * The frame of the published OpenAPI contract: title, bearer security and the problem+json answers every
 * operation can give. Features describe their own operations where they declare them; nothing here depends
 * on the request, so that the served document equals the committed {@code openapi/portal-api.yaml}.
 */
package cn.baiyun.hte.platform.api;
