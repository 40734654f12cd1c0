package cn.baiyun.hte.platform.mongo;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * The embedded server's H2 backend, made to keep what it acknowledged. H2's store writes its changes to
 * the file in the background about once a second; a process killed in between lost every write it had
 * already answered (8 achievements answered 201, the process killed within a second: 7 were gone). Here
 * each command that changed something is committed to the file before its answer leaves, so that an
 * acknowledged write survives a crash of the process. Reads change nothing and cost nothing extra.
 * A commit hands the pages to the operating system and does not force them to the disk: a killed process
 * loses nothing, a power cut can lose the last moments. Forcing each commit to the disk would cost several
 * times more (docs/benchmarks.md has both figures), for a database that only local runs and tests use.
 */
public class CommittingH2Backend extends H2Backend {

    public CommittingH2Backend(String fileName) {
        super(fileName);
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        try {
            return super.handleCommand(channel, databaseName, command, query);
        } finally {
            // Also after a failed command: an ordered insert that stopped at a duplicate kept the documents
            // before it, and the client was told so.
            if (getMvStore().hasUnsavedChanges()) {
                commit();
            }
        }
    }
}
