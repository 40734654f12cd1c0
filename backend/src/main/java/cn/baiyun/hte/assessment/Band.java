package cn.baiyun.hte.assessment;

/** A scoring band letter of the innovation-capability rubric; NONE where an item has no band (no usable IP). */
public enum Band {
    A, B, C, D, E, F, NONE
}
