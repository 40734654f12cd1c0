package cn.baiyun.hte.relocation;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import cn.baiyun.hte.support.Principals;
import org.springframework.stereotype.Component;

/** Relocations recorded through the real service, for this feature's tests and the subsidy figures'. */
@Component
public class RelocationFixtures {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final RelocationService relocations;

    RelocationFixtures(RelocationService relocations) {
        this.relocations = relocations;
    }

    /** The firm's relocation arriving on {@code arrival}, with a package and one open milestone due a month later. */
    public Relocation arrived(String enterpriseId, LocalDate arrival) {
        return relocations.record(Principals.reviewer().user(), enterpriseId, details(arrival, List.of(
                new Milestone(null, "产业用房交付", arrival.plusMonths(1), null)))).block(TIMEOUT);
    }

    static RelocationDetails details(LocalDate arrival, List<Milestone> milestones) {
        return new RelocationDetails("深圳市南山区", arrival, HteStatusAtArrival.CERTIFIED,
                new SupportPackage(new BigDecimal("2000"), "白云区大数据产业园 3 号楼", new BigDecimal("3000000.00"),
                        "核心团队 5 人纳入区人才公寓保障，给予一次性安家补贴"), milestones);
    }
}
