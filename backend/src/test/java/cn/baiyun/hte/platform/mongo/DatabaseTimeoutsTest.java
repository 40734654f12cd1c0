package cn.baiyun.hte.platform.mongo;

import java.util.concurrent.TimeUnit;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseTimeoutsTest {

    @Test
    void withoutOptionsInTheUriARequestGivesUpOnAnUnreachableDatabaseWithinSeconds() {
        MongoClientSettings settings = settings("mongodb://db.example:27017/hte");
        assertThat(settings.getClusterSettings().getServerSelectionTimeout(TimeUnit.SECONDS)).isEqualTo(3);
        assertThat(settings.getSocketSettings().getConnectTimeout(TimeUnit.SECONDS)).isEqualTo(2);
        assertThat(settings.getSocketSettings().getReadTimeout(TimeUnit.SECONDS)).isEqualTo(10);
    }

    @Test
    void timeoutsTheUriNamesKeepTheirValues() {
        MongoClientSettings settings = settings("mongodb://db.example:27017/hte"
                + "?serverSelectionTimeoutMS=7000&connectTimeoutMS=4000&socketTimeoutMS=0");
        assertThat(settings.getClusterSettings().getServerSelectionTimeout(TimeUnit.SECONDS)).isEqualTo(7);
        assertThat(settings.getSocketSettings().getConnectTimeout(TimeUnit.SECONDS)).isEqualTo(4);
        assertThat(settings.getSocketSettings().getReadTimeout(TimeUnit.SECONDS)).isZero();
    }

    /** As Boot builds them: the URI first, then the customizer. */
    private static MongoClientSettings settings(String uri) {
        ConnectionString connection = new ConnectionString(uri);
        MongoClientSettings.Builder builder = MongoClientSettings.builder().applyConnectionString(connection);
        new DatabaseTimeouts().shortDatabaseTimeouts(() -> connection).customize(builder);
        return builder.build();
    }
}
