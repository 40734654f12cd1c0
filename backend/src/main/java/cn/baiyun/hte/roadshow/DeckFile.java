package cn.baiyun.hte.roadshow;

import org.springframework.core.io.buffer.DataBuffer;
import reactor.core.publisher.Flux;

/**
 * One firm's pitch deck for streaming out (the organisers' zip of all decks): its content is read from
 * GridFS only when subscribed, one file at a time.
 *
 * @param fileName a name for the file inside an archive: the firm's name and the deck's, with .pdf
 */
public record DeckFile(Registration registration, String firmName, String fileName, long size,
                       Flux<DataBuffer> content) {
}
