/**
 * Firms relocating into the district (Baiyun plan 三(五): 对整体搬迁落户白云的高新技术企业，按照“一企一策”优先安排产业用房、
 * 专项资助和人才激励政策): where each came from, its HTE status when it arrived, the support package agreed with
 * it (space, funding in yuan, talent measures) and the package's milestones with their due dates; a milestone
 * not done by its due date (Asia/Shanghai) is overdue. Reviewers record and manage relocations on pages and
 * through the API (people only: a package is a firm's negotiated deal, no integration client needs it; the
 * programme's figures reach clients through the dashboard's {@code dashboard:read}). Others ask
 * {@link cn.baiyun.hte.relocation.RelocationService} how many firms arrived in a period. Changes are told as
 * {@link cn.baiyun.hte.relocation.RelocationRecorded}. It depends only on {@code enterprise} and {@code platform}.
 */
package cn.baiyun.hte.relocation;
