/**
 * Partner departments (工信局, 大数据局, 发改局, 商促局 …) refer firms into the cultivation pool and follow
 * their referrals; the pool board filters by the referring department.
 *
 * <ul>
 *   <li>The referring department is always the caller's own: a department officer's {@code department}
 *       account attribute, or for an integration client holding {@code referrals:write} the
 *       {@code department} claim of its token (a hardcoded-claim mapper on its Keycloak client). A client
 *       without that claim, or an officer without the attribute, is refused (403); a request body never
 *       names the department.</li>
 *   <li>A firm is named by its unified social credit code. A firm the portal does not know yet is listed
 *       as an unverified firm without members, under the name the department gave; its staff claim it
 *       later like any firm, and the referral shows it verified once the bureau approves the claim. For a
 *       known firm the given name is not used.</li>
 *   <li>A department refers a firm once (unique index on firm and department): a repeat is a conflict.</li>
 *   <li>Officers and department systems read their own department's referrals; reviewers read all and
 *       filter by department. Firm users never see referrals.</li>
 * </ul>
 */
package cn.baiyun.hte.referral;
