package cn.baiyun.hte.support.e2e;

import cn.baiyun.hte.client.ApiException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** What a refused call through the generated client must look like: the status, as RFC 9457 problem+json. */
public final class Refusals {

    private Refusals() {
    }

    public static void refused(int status, ThrowingCallable call) {
        ApiException refused = catchThrowableOfType(ApiException.class, call);
        assertThat(refused).as("the call is refused with %s", status).isNotNull();
        assertThat(refused.getCode()).as(refused.getResponseBody()).isEqualTo(status);
        assertThat(refused.getResponseHeaders().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }
}
