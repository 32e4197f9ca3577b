/** DOCX, ODT, RTF and PDF: the article written from the paragraphs Tika states, with the pictures embedded in it. */
package org.polypress.ingest.office;
