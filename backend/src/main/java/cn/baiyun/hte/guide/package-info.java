/**
 * The guide (办事指南): one public page that explains each task of the portal in plain words, who does it and
 * its steps, in both languages. It holds no data and depends only on {@code platform}.
 */
package cn.baiyun.hte.guide;
