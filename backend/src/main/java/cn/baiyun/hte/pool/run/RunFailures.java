package cn.baiyun.hte.pool.run;

import cn.baiyun.hte.platform.mongo.DatabaseOutage;
import cn.baiyun.hte.pool.cycle.CycleRun;
import org.bson.BSONException;
import org.springframework.core.convert.ConversionException;
import org.springframework.data.mapping.MappingException;

/**
 * What a failed run's page says went wrong, from the error that stopped it: a stored record the mapping or
 * the driver's BSON reader could not read is named as such, since it is put right in the data, not the code.
 */
final class RunFailures {

    /** How deep a chain of causes is followed; real chains are a handful long, a cycle would be endless. */
    private static final int MAX_CAUSES = 16;

    private RunFailures() {
    }

    static CycleRun.Failure of(Throwable error) {
        if (DatabaseOutage.explains(error)) {
            return CycleRun.Failure.DATABASE;
        }
        int depth = 0;
        for (Throwable cause = error; cause != null && depth++ < MAX_CAUSES; cause = cause.getCause()) {
            if (cause instanceof MappingException || cause instanceof ConversionException
                    || cause instanceof BSONException) {
                return CycleRun.Failure.UNREADABLE_RECORD;
            }
        }
        return CycleRun.Failure.UNEXPECTED;
    }
}
