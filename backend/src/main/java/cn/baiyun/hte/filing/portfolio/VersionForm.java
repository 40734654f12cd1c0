package cn.baiyun.hte.filing.portfolio;

/** The delete confirmation's form: only the version the reader saw, so that a stale removal is refused. */
public class VersionForm {

    private Long version;

    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
