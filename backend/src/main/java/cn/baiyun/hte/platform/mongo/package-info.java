/**
 * MongoDB wiring: the embedded mongo-java-server when it is chosen (local runs and tests), otherwise a
 * MongoDB URI or a refusal to start, money as Decimal128, indexes created before traffic, a health check
 * that both servers answer, keyset paging ({@link cn.baiyun.hte.platform.mongo.CursorPaging}) and the bulk
 * reader {@link cn.baiyun.hte.platform.mongo.RecordReader}. Features use the paging and the reader on their
 * own documents; this package owns no collection and holds no feature's queries.
 */
package cn.baiyun.hte.platform.mongo;
