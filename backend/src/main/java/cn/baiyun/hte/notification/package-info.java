/**
 * Notices to people: each member of a firm is told, in the portal and by mail, what happened to the firm that
 * they care about (tier feedback published, a filing returned, later roadshow registrations). A feature says
 * what to tell by making its event a {@link cn.baiyun.hte.platform.events.NoticeToFirm}; this feature knows
 * no feature's events, only that seam.
 *
 * <p><b>When notices are written.</b> In a guaranteed follow-up, not in the change's own update: a notice is
 * one document per member, so it cannot share the single-document update of the firm's filing or pool entry.
 * The change's update carries its event (the outbox, {@code platform/events}); {@link
 * cn.baiyun.hte.notification.NoticeWriter} writes the notices when the event is delivered, right after the
 * change, or after a crash by the outbox sweeper. Delivery is at least once, and each notice's id derives from
 * the event and the member, so a second delivery adds nothing and completes a first one that failed half-way.
 * Members are those of the firm when the event is delivered.
 *
 * <p><b>Mail.</b> With an SMTP host configured ({@code HTE_SMTP_*}) each notice also gets a mail job
 * ({@link cn.baiyun.hte.notification.MailJob}, a document, so a restart loses none). Every replica's
 * {@link cn.baiyun.hte.notification.MailWorker} claims jobs one by one with a conditional update that only a
 * free job matches (the lease technique of {@code platform/lease}, per job), sends off the event loop, retries
 * with a doubling wait and records a job it gave up on. Addresses come from the {@code email} claim of a
 * member's Keycloak ID token, remembered at each sign-in with the language they use
 * ({@link cn.baiyun.hte.notification.SignInAddresses}); a member who never signed in gets the mail at their
 * first sign-in. Mails are plain text in that language (Chinese by default) with the absolute link.
 *
 * <p>Offers nothing to other features; depends on {@code enterprise} (a firm's members) and {@code platform}.
 */
package cn.baiyun.hte.notification;
