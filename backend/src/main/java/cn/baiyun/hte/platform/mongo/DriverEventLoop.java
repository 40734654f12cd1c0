package cn.baiyun.hte.platform.mongo;

import java.util.concurrent.TimeUnit;

import com.mongodb.MongoClientSettings;
import com.mongodb.connection.TransportSettings;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.mongodb.autoconfigure.MongoProperties;
import org.springframework.boot.mongodb.autoconfigure.StandardMongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The database driver's network threads, owned here so that they stop at once when the application closes.
 * Boot otherwise gives the driver a group of its own and stops it with Netty's default two-second quiet period,
 * waited for in every application context's close: a test run closes one cached context per configuration at
 * exit, one after the other, and those waits added up past the test fork's exit timeout. The driver's client
 * depends on these settings, so it has closed its connections before the group stops and there is nothing left
 * to wait quietly for.
 */
@Configuration(proxyBeanMethods = false)
class DriverEventLoop implements DisposableBean {

    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(NioIoHandler.newFactory());

    /** The timeouts and the other customizers are applied on top of these settings. */
    @Bean
    MongoClientSettings mongoClientSettings() {
        return MongoClientSettings.builder()
                .transportSettings(TransportSettings.nettyBuilder().eventLoopGroup(group).build())
                .build();
    }

    /**
     * The connection string and UUID representation, as Boot applies them: Boot's own customizer comes with its
     * default settings, which step aside for the ones above.
     */
    @Bean
    StandardMongoClientSettingsBuilderCustomizer standardMongoSettingsCustomizer(MongoProperties properties,
                                                                                 MongoConnectionDetails connection) {
        return new StandardMongoClientSettingsBuilderCustomizer(connection, properties.getRepresentation().getUuid());
    }

    @Override
    public void destroy() {
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly();
    }
}
