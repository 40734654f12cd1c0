package cn.baiyun.hte.filing.portfolio;

/** A page form that edits the details {@code D} of one record, carrying the version it started from. */
interface DetailsForm<D> {

    D toDetails();

    Long getVersion();
}
