package cn.baiyun.hte.platform.mongo;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns the missing-database failure into Boot's short start-up report instead of a stack trace. */
class NoDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<NoDatabaseConfiguredException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, NoDatabaseConfiguredException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set SPRING_MONGODB_URI (production) or HTE_EMBEDDED_MONGO=true (local demo only).", cause);
    }
}
