package cn.baiyun.hte.demo;

import java.nio.charset.StandardCharsets;

import cn.baiyun.hte.filing.evidence.EvidenceService;
import cn.baiyun.hte.filing.evidence.UploadFields;
import cn.baiyun.hte.platform.security.PortalUser;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Evidence documents of the demo firms: small real PDFs, uploaded as a firm would. */
final class DemoDocuments {

    private final EvidenceService evidence;

    DemoDocuments(EvidenceService evidence) {
        this.evidence = evidence;
    }

    Mono<Void> forFiling(PortalUser owner, String firm, String kind, int fiscalYear, String filename, String title) {
        return upload(owner, firm, new UploadFields(kind, String.valueOf(fiscalYear), null, filename), title);
    }

    Mono<Void> forIpAsset(PortalUser owner, String firm, String ipAssetId, String filename, String title) {
        return upload(owner, firm, new UploadFields("IP_CERTIFICATE", null, ipAssetId, filename), title);
    }

    private Mono<Void> upload(PortalUser owner, String firm, UploadFields fields, String title) {
        byte[] pdf = onePagePdf(title);
        return evidence.upload(owner, firm, fields, Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(pdf))).then();
    }

    /** A minimal one-page PDF showing an ASCII title (the standard fonts carry no Chinese glyphs). */
    static byte[] onePagePdf(String title) {
        String stream = "BT /F1 18 Tf 72 720 Td (" + title + ") Tj ET";
        String[] objects = {
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                        + "/Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
