package cn.baiyun.hte.platform.error;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** A client mistake is cheap to make ahead of need: no stack trace, everything its answer needs. */
class PortalExceptionTest {

    @Test
    void carriesNoStackTraceButItsAnswer() {
        PortalException notFound = PortalException.notFound();
        PortalException conflict = PortalException.conflict("claim.not-pending", "x");

        assertThat(notFound.getStackTrace()).isEmpty();
        assertThat(conflict.getStackTrace()).isEmpty();
        assertThat(notFound.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(notFound.type()).isEqualTo(ProblemType.NOT_FOUND);
        assertThat(conflict.detailKey()).isEqualTo("claim.not-pending");
        assertThat(conflict.detailArgs()).containsExactly("x");
    }
}
