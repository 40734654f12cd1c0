package cn.baiyun.hte.home;

import cn.baiyun.hte.enterprise.EnterpriseService;
import cn.baiyun.hte.platform.security.PortalUser;
import cn.baiyun.hte.roadshow.RegistrationService;
import cn.baiyun.hte.roadshow.RegistrationView;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/** A firm user's roadshow and training registrations, every firm of theirs, latest event first per firm. */
@Component
class FirmRoadshows {

    private final EnterpriseService enterprises;
    private final RegistrationService registrations;

    FirmRoadshows(EnterpriseService enterprises, RegistrationService registrations) {
        this.enterprises = enterprises;
        this.registrations = registrations;
    }

    Flux<RegistrationView> of(PortalUser member) {
        return enterprises.firmsOf(member).concatMap(firm -> registrations.firmRegistrations(member, firm.id()));
    }
}
