package cn.baiyun.hte.platform.mongo;

import com.mongodb.MongoServerUnavailableException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Tells an unreachable database from every other failure: no server found in time, a connection refused,
 * reset or timed out, whether the driver's exception arrives as it is (the bulk reader, the session store)
 * or translated by Spring Data. Such a request is not wrong and not a bug: it can succeed later, so the
 * reader is told "temporarily unavailable", never "something went wrong".
 */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    /** Whether {@code error}, or anything that caused it, says the database could not be reached. */
    public static boolean explains(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof MongoTimeoutException || cause instanceof MongoSocketException
                    || cause instanceof MongoServerUnavailableException
                    || cause instanceof DataAccessResourceFailureException) {
                return true;
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }
}
