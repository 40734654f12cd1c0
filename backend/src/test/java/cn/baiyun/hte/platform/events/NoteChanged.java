package cn.baiyun.hte.platform.events;

/** The event of the outbox tests. */
record NoteChanged(EventHeader header, String text) implements DomainEvent {
}
