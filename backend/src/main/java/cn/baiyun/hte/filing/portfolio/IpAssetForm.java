package cn.baiyun.hte.filing.portfolio;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** The IP asset page's form; property paths equal the field paths of {@link IpAssetRules}. */
public class IpAssetForm implements DetailsForm<IpAssetDetails> {

    private IpType type;
    private String number;
    private String title;
    private IpStatus status;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate applicationDate;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate grantDate;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate expiryDate;
    private Acquisition acquisition;
    private Boolean ownedByFirm;
    private Boolean usedInPriorHteApplication;
    private Boolean supportsMainProduct;
    private Long version;

    static IpAssetForm of(IpAsset asset) {
        IpAssetDetails d = asset.details();
        IpAssetForm form = new IpAssetForm();
        form.type = d.type();
        form.number = d.number();
        form.title = d.title();
        form.status = d.status();
        form.applicationDate = d.applicationDate();
        form.grantDate = d.grantDate();
        form.expiryDate = d.expiryDate();
        form.acquisition = d.acquisition();
        form.ownedByFirm = d.ownedByFirm();
        form.usedInPriorHteApplication = d.usedInPriorHteApplication();
        form.supportsMainProduct = d.supportsMainProduct();
        form.version = asset.version();
        return form;
    }

    @Override
    public Typed<IpAssetDetails> typed(Errors unreadable) {
        return Typed.withoutRows(new IpAssetDetails(type, number, title, status, applicationDate, grantDate,
                expiryDate, acquisition, ownedByFirm, usedInPriorHteApplication, supportsMainProduct));
    }

    public IpType getType() { return type; }
    public void setType(IpType type) { this.type = type; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public IpStatus getStatus() { return status; }
    public void setStatus(IpStatus status) { this.status = status; }
    public LocalDate getApplicationDate() { return applicationDate; }
    public void setApplicationDate(LocalDate applicationDate) { this.applicationDate = applicationDate; }
    public LocalDate getGrantDate() { return grantDate; }
    public void setGrantDate(LocalDate grantDate) { this.grantDate = grantDate; }
    public LocalDate getExpiryDate() { return expiryDate; }
    public void setExpiryDate(LocalDate expiryDate) { this.expiryDate = expiryDate; }
    public Acquisition getAcquisition() { return acquisition; }
    public void setAcquisition(Acquisition acquisition) { this.acquisition = acquisition; }
    public Boolean getOwnedByFirm() { return ownedByFirm; }
    public void setOwnedByFirm(Boolean ownedByFirm) { this.ownedByFirm = ownedByFirm; }
    public Boolean getUsedInPriorHteApplication() { return usedInPriorHteApplication; }
    public void setUsedInPriorHteApplication(Boolean used) { this.usedInPriorHteApplication = used; }
    public Boolean getSupportsMainProduct() { return supportsMainProduct; }
    public void setSupportsMainProduct(Boolean supportsMainProduct) { this.supportsMainProduct = supportsMainProduct; }
    @Override
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
