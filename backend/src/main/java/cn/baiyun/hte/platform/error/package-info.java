/**
 * Errors as the reader gets them: RFC 9457 problem+json with a stable
 * {@link cn.baiyun.hte.platform.error.ProblemType} on the API, an error page or inline messages on pages.
 * Features throw {@link cn.baiyun.hte.platform.error.PortalException} (with
 * {@link cn.baiyun.hte.platform.error.FieldProblem}s for fields) and never build error responses themselves;
 * {@link cn.baiyun.hte.platform.error.ProblemFactory} is the one place that turns what went wrong into a
 * localized problem, so that bad input never becomes a 500.
 */
package cn.baiyun.hte.platform.error;
