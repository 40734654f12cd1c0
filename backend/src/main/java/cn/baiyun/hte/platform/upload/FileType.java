package cn.baiyun.hte.platform.upload;

/** The file types the portal accepts, each recognised from the bytes of the file, never from its name. */
public enum FileType {
    PDF(FileType.PDF_MEDIA_TYPE, "pdf", "PDF"),
    PNG(FileType.PNG_MEDIA_TYPE, "png", "PNG"),
    JPEG(FileType.JPEG_MEDIA_TYPE, "jpg", "JPEG"),
    XLSX(FileType.XLSX_MEDIA_TYPE, "xlsx", "Excel (XLSX)"),
    DOCX(FileType.DOCX_MEDIA_TYPE, "docx", "Word (DOCX)");

    /** The media types as constants, for the {@code produces} of download endpoints. */
    public static final String PDF_MEDIA_TYPE = "application/pdf";
    public static final String PNG_MEDIA_TYPE = "image/png";
    public static final String JPEG_MEDIA_TYPE = "image/jpeg";
    public static final String XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String DOCX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final String mediaType;
    private final String extension;
    private final String label;

    FileType(String mediaType, String extension, String label) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.label = label;
    }

    /** The type a stored file was recognised as, from the media type recorded for it. */
    public static FileType ofMediaType(String mediaType) {
        for (FileType type : values()) {
            if (type.mediaType.equals(mediaType)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Not a type the portal stores: " + mediaType);
    }

    /** The format's name as people know it, the same in every language. */
    public String label() {
        return label;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }
}
