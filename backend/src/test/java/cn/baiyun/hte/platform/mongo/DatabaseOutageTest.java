package cn.baiyun.hte.platform.mongo;

import com.mongodb.MongoSocketOpenException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.MongoWriteException;
import com.mongodb.ServerAddress;
import com.mongodb.WriteError;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseOutageTest {

    @Test
    void anUnreachableDatabaseIsRecognisedAsItIsTranslatedOrWrapped() {
        var timeout = new MongoTimeoutException("no server");
        assertThat(DatabaseOutage.explains(timeout)).isTrue();
        assertThat(DatabaseOutage.explains(new DataAccessResourceFailureException("translated", timeout))).isTrue();
        assertThat(DatabaseOutage.explains(new IllegalStateException("wrapped",
                new MongoSocketOpenException("refused", new ServerAddress())))).isTrue();
    }

    @Test
    void aDatabaseThatAnsweredWithAnErrorIsNoOutage() {
        var duplicate = new MongoWriteException(new WriteError(11000, "duplicate key", new BsonDocument()),
                new ServerAddress(), java.util.Set.of());
        assertThat(DatabaseOutage.explains(new DuplicateKeyException("taken", duplicate))).isFalse();
        assertThat(DatabaseOutage.explains(new IllegalArgumentException("bad"))).isFalse();
    }
}
