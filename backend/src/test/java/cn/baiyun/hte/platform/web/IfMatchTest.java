package cn.baiyun.hte.platform.web;

import cn.baiyun.hte.platform.error.PortalException;
import cn.baiyun.hte.platform.error.ProblemType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class IfMatchTest {

    @Test
    void aTagNamingTheCurrentVersionPassesInEveryNotation() {
        for (String header : new String[] {"\"3\"", "W/\"3\"", "3", " \"3\" ", "*"}) {
            assertThat(IfMatch.optional(header).check(3L).block()).as(header).isNull();
            assertThat(IfMatch.required(header).check(3L).block()).as(header).isNull();
        }
        assertThat(IfMatch.of(3L).check(3L).block()).isNull();
        assertThat(IfMatch.of("3").check(3L).block()).isNull();
    }

    @Test
    void anOtherOrUnreadableTagIsStale() {
        for (String header : new String[] {"\"2\"", "\"4\"", "not-a-version", "\"\""}) {
            assertThat(problem(IfMatch.optional(header), 3L)).as(header).isEqualTo(ProblemType.STALE_VERSION);
            assertThat(problem(IfMatch.required(header), 3L)).as(header).isEqualTo(ProblemType.STALE_VERSION);
        }
    }

    @Test
    void noTagIsFineWhereOptionalAndPreconditionRequiredElsewhere() {
        assertThat(IfMatch.optional(null).check(3L).block()).isNull();
        assertThat(IfMatch.optional(" ").check(3L).block()).isNull();
        assertThat(problem(IfMatch.required(null), 3L)).isEqualTo(ProblemType.PRECONDITION_REQUIRED);
        assertThat(problem(IfMatch.required(""), 3L)).isEqualTo(ProblemType.PRECONDITION_REQUIRED);
    }

    @Test
    void aFormThatLostItsVersionCanOnlyBeStale() {
        assertThat(problem(IfMatch.of(null), 3L)).isEqualTo(ProblemType.STALE_VERSION);
        assertThat(problem(IfMatch.of(" "), 3L)).isEqualTo(ProblemType.STALE_VERSION);
        assertThat(IfMatch.unconditional().check(3L).block()).isNull();
    }

    @Test
    void readingNeverFailsOnlyTheCheckDoes() {
        IfMatch garbage = IfMatch.required("\u0000garbage");
        assertThat(garbage).isNotNull();
        assertThat(problem(garbage, 1L)).isEqualTo(ProblemType.STALE_VERSION);
    }

    private static ProblemType problem(IfMatch ifMatch, Long current) {
        return catchThrowableOfType(PortalException.class, () -> ifMatch.check(current).block()).type();
    }
}
