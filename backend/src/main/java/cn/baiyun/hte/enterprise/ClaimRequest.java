package cn.baiyun.hte.enterprise;

/** A firm user's claim: the firm's unified social credit code and its name as registered. */
record ClaimRequest(String uscc, String name) {
}
