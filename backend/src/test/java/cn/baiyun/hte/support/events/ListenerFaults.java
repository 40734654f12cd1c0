package cn.baiyun.hte.support.events;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import cn.baiyun.hte.platform.events.DomainEvent;
import cn.baiyun.hte.platform.events.DomainEventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A listener that fails on the event types a test names, before any other listener runs: the state a
 * crash between a change and its delivery leaves behind, made on purpose. Idle unless a test arms it, and
 * every test that arms it disarms it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ListenerFaults implements DomainEventListener {

    private static final Set<String> failing = ConcurrentHashMap.newKeySet();

    public static void failOn(String eventType) {
        failing.add(eventType);
    }

    public static void heal() {
        failing.clear();
    }

    @Override
    public Mono<Void> on(DomainEvent event) {
        return failing.contains(event.header().type())
                ? Mono.error(new IllegalStateException("injected failure for " + event.header().type()))
                : Mono.empty();
    }
}
