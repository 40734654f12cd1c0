package cn.baiyun.hte.enterprise;

/** Why a reviewer rejects a claim; shown to the claimant. */
record RejectionRequest(String reason) {
}
