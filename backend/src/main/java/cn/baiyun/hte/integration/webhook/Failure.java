package cn.baiyun.hte.integration.webhook;

/** Why a delivery attempt failed, as the delivery log names it in the reader's language. */
enum Failure {
    /** The endpoint answered with a status other than 2xx. */
    STATUS,
    /** No answer came within the timeout. */
    TIMEOUT,
    /** The endpoint could not be reached (refused, unknown host, broken connection). */
    CONNECTION,
    /** Not attempted: the subscription was disabled. */
    DISABLED
}
