package cn.baiyun.hte.roadshow;

/**
 * What an event is: a project roadshow (项目路演) where firms pitch to investors and so give their pitch
 * (project, financing sought, stage, use of funds, deck), or a training or policy briefing (企业负责人培养,
 * 研发费用加计扣除 …) where firms only say who comes. Both share publication, seats, waitlist and check-in.
 */
public enum EventKind {
    ROADSHOW,
    TRAINING;

    /** Whether a registration gives a pitch. */
    public boolean pitches() {
        return this == ROADSHOW;
    }
}
