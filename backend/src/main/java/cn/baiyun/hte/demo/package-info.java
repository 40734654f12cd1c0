/**
 * The demo data of the run command: two approved firms with three years of filings, portfolios, documents,
 * a coaching visit and a department's referral, this year's assessed cycle with one firm's feedback published,
 * and a pending claim, for the accounts of {@code keycloak/hte-realm.json}. Everything is made through the
 * features' public services, so it obeys their rules and leaves the same audit trail. Nothing here runs
 * unless demo data is asked for ({@code HTE_DEMO_DATA=true}), and no module depends on it.
 */
package cn.baiyun.hte.demo;
