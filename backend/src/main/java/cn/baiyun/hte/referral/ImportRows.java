package cn.baiyun.hte.referral;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads an imported list one row at a time, never the whole file at once: a CSV line by line ({@link CsvRows}),
 * an XLSX sheet through POI's SAX event model ({@link XlsxRows}). Blocking file reads: callers run it on the
 * bounded-elastic scheduler.
 */
final class ImportRows {

    /** Takes each row as it is read: its number in the file (the first row is 1) and its cells' text. */
    @FunctionalInterface
    interface Handler {
        void row(long number, List<String> cells);
    }

    private ImportRows() {
    }

    static void read(Path file, ReferralImport.Format format, Handler handler) throws IOException {
        switch (format) {
            case CSV -> CsvRows.read(file, handler);
            case XLSX -> XlsxRows.read(file, handler);
        }
    }

    /** The format of a list from its first bytes: a ZIP container is taken for XLSX, anything else for CSV. */
    static ReferralImport.Format formatOf(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4
                ? ReferralImport.Format.XLSX : ReferralImport.Format.CSV;
    }
}
