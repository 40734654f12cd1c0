package cn.baiyun.hte.chain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Fills an empty list of chains from {@value #FILE} at start-up, so that a new portal (production and demo
 * alike) starts with the plan's chains and no chain name lives in code. Each default has a fixed id (its line's
 * position), so replicas starting together insert each once: a second insert of the same id is refused by the
 * database and ignored. Not audited: no person changed anything; the reviewers' edits are.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DefaultChains implements ApplicationRunner {

    static final String FILE = "chain/default-chains.tsv";

    private static final Logger log = LoggerFactory.getLogger(DefaultChains.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final ReactiveMongoTemplate mongo;
    private final Clock clock;

    DefaultChains(ReactiveMongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        List<IndustryChain> defaults = read(Instant.now(clock));
        // The start-up thread waits, so that the first page already lists the chains.
        Long added = mongo.exists(new Query(), IndustryChain.class)
                .flatMapMany(any -> any ? Flux.empty() : Flux.fromIterable(defaults))
                .concatMap(chain -> mongo.insert(chain).onErrorResume(DuplicateKeyException.class, e -> Mono.empty()))
                .count()
                .block(TIMEOUT);
        if (added != null && added > 0) {
            log.info("Industry chains: the list was empty, {} default chains added from {}", added, FILE);
        }
    }

    static List<IndustryChain> read(Instant now) throws IOException {
        List<IndustryChain> chains = new ArrayList<>();
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                int position = Integer.parseInt(cells[0].strip());
                String id = String.format("%024x", position);
                chains.add(new IndustryChain(new ObjectId(id).toHexString(), cells[3].strip(), cells[4].strip(),
                        cells[1].strip(), cells[2].strip(), position, false, now, null));
            }
        }
        return chains;
    }
}
