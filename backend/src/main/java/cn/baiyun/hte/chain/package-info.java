/**
 * The district's key industry chains and clusters (the Baiyun plan's 龙头企业 → 产业链 → 产业集群, 三(七)) and the
 * firms' tags: the chain a firm belongs to and the plan's flags 龙头企业, 上市, 拟上市. The list of chains is
 * configuration that reviewers edit (its default comes from {@code chain/default-chains.tsv}, never from code);
 * reviewers and officers of 工信局 (the plan's lead for the clusters) tag firms; firms and other departments
 * cannot. Tags live in their own collection ({@code firmTags}, one document per firm, keyed by the firm's id),
 * so that the breakdown by chain is one aggregation over an indexed field of a small collection, without
 * writing into the firms' documents that {@code enterprise} owns. Others ask
 * {@link cn.baiyun.hte.chain.ChainBreakdowns} for the figures. Changes are told as
 * {@link cn.baiyun.hte.chain.ChainChanged} and {@link cn.baiyun.hte.chain.FirmTagged}. It depends only on
 * {@code enterprise} and {@code platform}.
 */
package cn.baiyun.hte.chain;
