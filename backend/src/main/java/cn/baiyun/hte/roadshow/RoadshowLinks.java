package cn.baiyun.hte.roadshow;

/** Where people read about an event in the portal, for notices. */
public final class RoadshowLinks {

    private RoadshowLinks() {
    }

    /** The event's page, which shows a firm member their firm's registration. */
    public static String event(String roadshowId) {
        return "/roadshows/" + roadshowId;
    }
}
