package cn.baiyun.hte.publication;

/**
 * Where an announcement or a policy stands: a draft only reviewers see, published for everyone, or withdrawn
 * (published once, taken down again, seen by reviewers alone and publishable again).
 */
public enum PublicationStatus {
    DRAFT, PUBLISHED, WITHDRAWN
}
