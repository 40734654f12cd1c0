/**
 * The shared kernel every feature builds on, one concern per sub-package: the caller and how they got in
 * ({@code security}), problem+json errors ({@code error}), languages ({@code i18n}), domain events and their
 * outbox ({@code events}), the audit log that listens to them ({@code audit}), leases for work that must run
 * once across replicas ({@code lease}), MongoDB wiring and paging ({@code mongo}), what pages share ({@code web}), the clock
 * ({@code time}), the contract's frame ({@code api}) and what operators watch (metrics and the access log,
 * {@code metrics}). It is an open module because features legitimately
 * use its sub-packages directly (e.g. {@code platform.security.PortalUser}). It never depends on a feature
 * and holds no feature's rules.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package cn.baiyun.hte.platform;

import org.springframework.modulith.ApplicationModule;
