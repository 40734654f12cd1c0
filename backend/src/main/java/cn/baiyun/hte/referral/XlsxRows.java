package cn.baiyun.hte.referral;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an XLSX list, read through POI's SAX event model: rows are handed on as the sheet's XML
 * streams past, never built into a workbook. Cells are taken as Excel shows them (a number as formatted), empty
 * cells as empty text. POI's own limits apply (zip-bomb ratio, no external entities in the XML). A file that is
 * not a readable workbook fails with {@link IOException}.
 */
final class XlsxRows {

    private XlsxRows() {
    }

    static void read(Path file, ImportRows.Handler handler) throws IOException {
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return;
            }
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null,
                    new ReadOnlySharedStringsTable(workbook), new Rows(handler), new DataFormatter(), false));
            try (InputStream sheet = sheets.next()) {
                parser.parse(new InputSource(sheet));
            }
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            if (e instanceof RowFailure failure) {
                throw (RuntimeException) failure.getCause();
            }
            throw new IOException("Not a readable XLSX workbook", e);
        }
    }

    /** A failure of the row handler itself, told apart from the parser's own on its way out. */
    private static final class RowFailure extends RuntimeException {
        RowFailure(RuntimeException cause) {
            super(cause);
        }
    }

    /** Collects one row's cells by their column and hands the row on at its end. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final ImportRows.Handler handler;
        private final List<String> cells = new ArrayList<>();

        Rows(ImportRows.Handler handler) {
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            if (column >= ImportColumn.values().length) {
                return;
            }
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue == null ? "" : formattedValue);
        }

        @Override
        public void endRow(int rowNum) {
            try {
                handler.row(rowNum + 1L, List.copyOf(cells));
            } catch (RuntimeException e) {
                throw new RowFailure(e);
            }
        }
    }
}
