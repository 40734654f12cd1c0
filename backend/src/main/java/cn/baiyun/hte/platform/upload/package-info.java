/**
 * Files that people upload, whatever feature keeps them: the upload streamed from the multipart request
 * ({@link cn.baiyun.hte.platform.upload.MultipartUpload}), inspected while it streams
 * ({@link cn.baiyun.hte.platform.upload.UploadInspection}: size limit, SHA-256, type decided from the
 * content, never from the name or the declared type), kept in a GridFS bucket
 * ({@link cn.baiyun.hte.platform.upload.FileBucket}), checked once stored for its whole structure
 * ({@link cn.baiyun.hte.platform.upload.FileStructure}: parses as its type, nothing to run, no archive
 * bomb; removed again if refused, before anything names it) and offered back as an attachment
 * ({@link cn.baiyun.hte.platform.upload.FileDownload}). One set of rules for every upload; a client's
 * file name is display text only ({@link cn.baiyun.hte.platform.upload.DisplayName}), never a path, and
 * takes the extension of the type the content is. What a crash leaves is swept once old: chunks of uploads
 * that never finished and files their feature declares abandoned
 * ({@link cn.baiyun.hte.platform.upload.AbandonedFiles}) by {@link cn.baiyun.hte.platform.upload.OrphanChunkSweeper},
 * once across replicas; the structure check's temporary copies by each process on its own disk
 * ({@link cn.baiyun.hte.platform.upload.UploadTempFiles}).
 */
package cn.baiyun.hte.platform.upload;
