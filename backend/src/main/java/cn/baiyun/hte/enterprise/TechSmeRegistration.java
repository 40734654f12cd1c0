package cn.baiyun.hte.enterprise;

/** Entry in the national tech-based SME (科技型中小企业) register for one year. */
public record TechSmeRegistration(String number, int year) {
}
