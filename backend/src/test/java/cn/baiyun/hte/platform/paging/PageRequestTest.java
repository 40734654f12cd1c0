package cn.baiyun.hte.platform.paging;

import java.util.List;

import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.platform.error.PortalException;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PageRequestTest {

    private static final PageSize SIZE = new PageSize(20, 100);

    @Test
    void noLimitTakesTheListsStandardSizeAndNoCursorTheFirstPage() {
        assertThat(PageRequest.checked(null, null, SIZE).block()).isEqualTo(new PageRequest(20, null));
    }

    @Test
    void aLimitWithinTheSizeAndAnIdCursorAreTaken() {
        String id = new ObjectId().toHexString();
        assertThat(PageRequest.checked(100, id, SIZE).block()).isEqualTo(new PageRequest(100, id));
        assertThat(PageRequest.checked(1, null, SIZE).block()).isEqualTo(new PageRequest(1, null));
    }

    @Test
    void aLimitOutOfRangeAndAForeignCursorAreOneFieldProblemEach() {
        PortalException error = catchThrowableOfType(PortalException.class,
                () -> PageRequest.checked(101, "nope", SIZE).block());

        assertThat(error.fieldProblems()).extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("limit", "paging.limit"),
                        org.assertj.core.groups.Tuple.tuple("cursor", "paging.cursor"));
        assertThat(error.fieldProblems().get(0).args()).containsExactly(1, 100);
        assertThat(catchThrowableOfType(PortalException.class, () -> PageRequest.checked(0, null, SIZE).block())
                .fieldProblems()).extracting(FieldProblem::field).containsExactly("limit");
    }

    @Test
    void aListWithCursorsOfItsOwnFormSaysWhichItIssued() {
        assertThat(PageRequest.checked(null, "2025-01-01_a", SIZE, cursor -> cursor.startsWith("2025")).block())
                .isEqualTo(new PageRequest(20, "2025-01-01_a"));
        assertThat(catchThrowableOfType(PortalException.class,
                () -> PageRequest.checked(null, "x", SIZE, cursor -> false).block()).fieldProblems())
                .extracting(FieldProblem::messageKey).containsExactly("paging.cursor");
    }

    @Test
    void aPageOutOfOneItemMoreThanItHoldsPointsAtItsLastItem() {
        PageRequest two = new PageRequest(2, null);
        assertThat(PageOf.ofFetched(List.of("a", "b", "c"), two, item -> "after-" + item))
                .isEqualTo(new PageOf<>(List.of("a", "b"), "after-b"));
        assertThat(PageOf.ofFetched(List.of("a", "b"), two, item -> "after-" + item))
                .isEqualTo(new PageOf<>(List.of("a", "b"), null));
    }
}
