package cn.baiyun.hte;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModuleStructureTest {

    @Test
    void featuresTalkToEachOtherOnlyThroughTheirPublicApi() {
        ApplicationModules.of(PortalApplication.class).verify();
    }
}
