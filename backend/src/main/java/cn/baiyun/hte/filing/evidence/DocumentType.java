package cn.baiyun.hte.filing.evidence;

/** The file types the portal accepts, each recognised from the bytes of the file, never from its name. */
enum DocumentType {
    PDF("application/pdf", "pdf", "PDF"),
    PNG("image/png", "png", "PNG"),
    JPEG("image/jpeg", "jpg", "JPEG"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", "Excel (XLSX)"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", "Word (DOCX)");

    private final String mediaType;
    private final String extension;
    private final String label;

    DocumentType(String mediaType, String extension, String label) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.label = label;
    }

    /** The type a stored file was recognised as, from the media type recorded for it. */
    static DocumentType ofMediaType(String mediaType) {
        for (DocumentType type : values()) {
            if (type.mediaType.equals(mediaType)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Not a type the portal stores: " + mediaType);
    }

    /** The format's name as people know it, the same in every language. */
    String label() {
        return label;
    }

    String mediaType() {
        return mediaType;
    }

    String extension() {
        return extension;
    }
}
