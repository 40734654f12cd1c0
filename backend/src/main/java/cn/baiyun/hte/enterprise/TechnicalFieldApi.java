package cn.baiyun.hte.enterprise;

import java.util.List;
import java.util.Locale;

import cn.baiyun.hte.platform.security.ClientScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Reference data")
class TechnicalFieldApi {

    private final TechnicalFieldCatalogue catalogue;

    TechnicalFieldApi(TechnicalFieldCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping(path = "/api/v1/technical-fields", produces = MediaType.APPLICATION_JSON_VALUE)
    @ClientScope({})
    @Operation(operationId = "listTechnicalFields", summary = "The national key high-tech field catalogue, titles in the caller's language")
    List<TechnicalFieldResource> all(Locale locale) {
        return catalogue.all().stream()
                .map(field -> new TechnicalFieldResource(field.code(), field.level(), field.parentCode(),
                        field.title(locale), catalogue.isAssignable(field.code())))
                .toList();
    }

    /** @param assignable whether a firm profile may name this field (level 2 or 3) */
    record TechnicalFieldResource(String code, int level, String parentCode, String title, boolean assignable) {
    }
}
