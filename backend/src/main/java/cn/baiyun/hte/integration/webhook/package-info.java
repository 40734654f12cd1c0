/**
 * Webhooks: admins and integration clients holding {@code webhooks:manage} subscribe HTTPS endpoints to event
 * types ({@code filing.submitted}, {@code filing.returned}, {@code filing.accepted}, {@code tier.published},
 * {@code roadshow.registration.changed}, {@code referral.updated}); each subscriber receives only what it may read
 * ({@link cn.baiyun.hte.integration.webhook.Subscriber}: the scope per type of
 * {@link cn.baiyun.hte.integration.webhook.WebhookEventType}, its firm when bound to one, its department's
 * referrals). Messages are signed as the Standard Webhooks specification says.
 *
 * <p>{@link cn.baiyun.hte.integration.webhook.WebhookFanOut} listens to the domain events of {@code filing},
 * {@code pool}, {@code roadshow} and {@code referral} (delivered at least once by the outbox) and makes one
 * delivery per event and subscription, unique by index; {@link cn.baiyun.hte.integration.webhook.WebhookWorker}
 * on every replica claims each due delivery with a lease (owner and expiry, one conditional update), posts it
 * without blocking, retries with exponential backoff and jitter, fails it after the last attempt and turns off a
 * subscription that keeps failing, telling its owner ({@link cn.baiyun.hte.integration.webhook.WebhookDisabled}).
 * The admins' pages are under {@code /admin/webhooks}, the API under {@code /api/v1/webhooks}.
 *
 * <p>Offers other features only {@link cn.baiyun.hte.integration.webhook.WebhookRegistrations} (named interface
 * {@code registrations}), with which the demo data subscribes its local receiver; reads their events, and depends
 * on {@code platform}.
 */
package cn.baiyun.hte.integration.webhook;
