package cn.baiyun.hte.publication;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import cn.baiyun.hte.platform.error.FieldProblem;
import cn.baiyun.hte.platform.upload.MultipartUpload;
import org.springframework.core.io.buffer.DataBuffer;
import reactor.core.publisher.Flux;

/**
 * A policy form as posted, the page's and the API's alike (multipart: the fields, then the PDF last): the
 * details read from the fields, the fields that could not be read (a date that is none), and the file, if one
 * was sent ({@code filename} null otherwise). Tags are typed into one field, separated by commas (Chinese or
 * Western), 、, semicolons or line breaks.
 */
record PolicyUpload(PolicyDetails details, List<FieldProblem> unreadable, String filename, Flux<DataBuffer> content) {

    static PolicyUpload of(MultipartUpload.Form form, Flux<DataBuffer> content) {
        List<FieldProblem> unreadable = new ArrayList<>();
        LocalDate issuedOn = null;
        String typed = PublicationRules.strip(form.field("issuedOn"));
        if (typed != null) {
            try {
                issuedOn = LocalDate.parse(typed);
            } catch (DateTimeParseException e) {
                unreadable.add(new FieldProblem("issuedOn", "publication.issued-on.format"));
            }
        }
        PolicyDetails details = new PolicyDetails(form.field("titleZh"), form.field("titleEn"), form.field("issuerZh"),
                form.field("issuerEn"), form.field("documentNumber"), issuedOn, form.field("summaryZh"),
                form.field("summaryEn"), tags(form.field("tags")));
        return new PolicyUpload(details, List.copyOf(unreadable), form.filename(), content);
    }

    static List<String> tags(String typed) {
        return typed == null ? List.of() : Arrays.stream(typed.split("[\\r\\n,，、;；]+")).map(String::strip)
                .filter(tag -> !tag.isEmpty()).toList();
    }

    boolean hasFile() {
        return filename != null && !filename.isBlank();
    }
}
