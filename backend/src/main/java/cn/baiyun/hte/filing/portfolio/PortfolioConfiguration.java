package cn.baiyun.hte.filing.portfolio;

import java.time.Clock;

import cn.baiyun.hte.enterprise.FirmAccess;
import cn.baiyun.hte.platform.events.Outbox;
import cn.baiyun.hte.platform.i18n.MessageBundle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

@Configuration(proxyBeanMethods = false)
class PortfolioConfiguration {

    @Bean
    MessageBundle portfolioMessages() {
        return new MessageBundle("filing/portfolio/messages");
    }

    @Bean
    FirmRecords<IpAsset, IpAssetDetails> ipAssetRecords(IpAssetRules rules, ReactiveMongoTemplate mongo,
                                                         FirmAccess access, Outbox outbox, Clock clock) {
        return new FirmRecords<>(IpAsset.class, "ip-asset", IpAsset::create, rules, mongo, access, outbox, clock,
                true);
    }

    @Bean
    FirmRecords<Achievement, AchievementDetails> achievementRecords(AchievementRules rules, ReactiveMongoTemplate mongo,
                                                                    FirmAccess access, Outbox outbox, Clock clock) {
        return new FirmRecords<>(Achievement.class, "achievement", Achievement::create, rules, mongo, access, outbox,
                clock, false);
    }

    @Bean
    FirmRecords<RdProject, RdProjectDetails> rdProjectRecords(RdProjectRules rules, ReactiveMongoTemplate mongo,
                                                              FirmAccess access, Outbox outbox, Clock clock) {
        return new FirmRecords<>(RdProject.class, "rd-project", RdProject::create, rules, mongo, access, outbox, clock,
                false);
    }
}
