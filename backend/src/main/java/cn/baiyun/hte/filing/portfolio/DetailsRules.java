package cn.baiyun.hte.filing.portfolio;

import java.util.List;

import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.platform.error.PortalException;
import reactor.core.publisher.Mono;

/** What one kind of portfolio record must satisfy before it is stored. */
interface DetailsRules<D> {

    /** The details as stored: surrounding blanks removed, so that "RD01 " and "RD01" are the same code. */
    D normalized(D details);

    /** Every problem of {@code details} of firm {@code enterpriseId}, each against its field path. */
    Mono<List<FieldProblem>> problems(String enterpriseId, D details);

    /** The answer when the firm already has a record with the same unique key. */
    PortalException duplicate(D details);
}
