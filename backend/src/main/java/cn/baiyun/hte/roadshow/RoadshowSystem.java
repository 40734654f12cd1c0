package cn.baiyun.hte.roadshow;

import java.util.Set;

import cn.baiyun.hte.platform.security.PortalUser;

/** The portal itself as the actor of what its scheduled work does (reminders, repairs after a crash). */
final class RoadshowSystem {

    static final PortalUser ACTOR = new PortalUser("system", "system", "系统 / System", Set.of(), null, Set.of(), false);

    private RoadshowSystem() {
    }
}
