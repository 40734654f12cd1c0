package cn.baiyun.hte.filing.portfolio;

/** The forms of transformation of §3.6(2). */
public enum TransformationForm {
    OWN_IMPLEMENTATION, TRANSFER, LICENCE, JOINT_IMPLEMENTATION, CAPITAL_CONTRIBUTION, OTHER
}
