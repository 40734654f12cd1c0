package cn.baiyun.hte.enterprise;

import org.bson.Document;

/**
 * The firms another feature's documents name, for {@link FirmFigures} to count their certificates without
 * the ids travelling through the application: the documents of {@code collection} matching {@code match},
 * each naming one firm by the id (a hex string) in {@code firmIdField}, and sorted into groups by the
 * aggregation expression {@code group}. The figures start from those documents and join each firm by its
 * {@code _id} (a {@code $lookup} on the unique index, on MongoDB as on the embedded server), rather than
 * matching the firms against a list of ids, which the embedded server checks firm by firm against the whole list.
 *
 * @param match the documents' filter as stored (enum names, not Java values)
 * @param group an expression whose value is the group's key (a field path such as {@code "$tier"} or an
 *              expression document)
 */
public record FirmsNamed(String collection, Document match, String firmIdField, Object group) {
}
