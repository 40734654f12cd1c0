package cn.baiyun.hte.filing.evidence;

/** What a document is evidence for: the firm's filing of one fiscal year, or one of its IP assets. */
record DocumentLink(Integer fiscalYear, String ipAssetId) {

    static DocumentLink filing(int fiscalYear) {
        return new DocumentLink(fiscalYear, null);
    }

    static DocumentLink ipAsset(String ipAssetId) {
        return new DocumentLink(null, ipAssetId);
    }

    public boolean toFiling() {
        return fiscalYear != null;
    }
}
