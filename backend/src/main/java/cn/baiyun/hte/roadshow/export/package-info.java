/**
 * The organisers' files of an event: participants as XLSX (POI's streaming workbook) and CSV (the portal's
 * one CSV rule, {@link cn.baiyun.hte.platform.web.CsvCells}), contacts only where the firm consented; every
 * pitch deck in one zip streamed from GridFS.
 */
package cn.baiyun.hte.roadshow.export;
