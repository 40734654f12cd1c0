package cn.baiyun.hte.coaching;

/** The "mark done" form of one follow-up on the visits page: the note and the version the page showed. */
public class CompletionForm {

    private String note;
    private String version;

    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getVersion() { return version; }
    public void setVersion(String version) { this.version = version; }
}
