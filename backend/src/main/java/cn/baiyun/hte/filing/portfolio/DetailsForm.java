package cn.baiyun.hte.filing.portfolio;

import org.springframework.validation.Errors;

/** A page form that edits the details {@code D} of one record, carrying the version it started from. */
interface DetailsForm<D> {

    /**
     * The details as typed, to check and store. {@code unreadable} are the values that could not be read:
     * a row of a list that holds only such values is no blank row, so it is kept, and the problems the rules
     * find are numbered like the rows shown again.
     */
    D toDetails(Errors unreadable);

    Long getVersion();
}
