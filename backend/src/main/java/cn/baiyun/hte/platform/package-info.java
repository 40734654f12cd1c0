/**
 * The shared kernel every feature builds on: security, problem+json errors, i18n, audit log, web and
 * database wiring. It is an open module because features legitimately use its sub-packages directly
 * (e.g. {@code platform.security.PortalUser}); it never depends on a feature.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package cn.baiyun.hte.platform;

import org.springframework.modulith.ApplicationModule;
