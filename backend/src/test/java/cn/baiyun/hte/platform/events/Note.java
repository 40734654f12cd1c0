package cn.baiyun.hte.platform.events;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** A stored document of the outbox tests, standing for any feature's document that keeps an outbox. */
@Document("outboxTestNotes")
@WithOutbox
record Note(@Id String id, String firm, String text, String tag, @Version Long version) {

    Note withText(String changed, String changedTag) {
        return new Note(id, firm, changed, changedTag, version);
    }
}
