import { PDFDocument, PDFName } from 'pdf-lib';

/** Fixed metadata written into every brief PDF, so the same input gives the same bytes. */
export interface PdfMetadata {
  /** Document title (shown in the viewer's title bar). */
  title: string;
  /** Summary of the brief. */
  subject: string;
  /** BCP-47 language of the text, for screen readers. */
  lang: string;
  /** Author shown in document properties. */
  author: string;
  /** The brief's publication date, used as creation and modification date. */
  date: Date;
}

/**
 * Rewrites a Chromium PDF with fixed metadata: title, language, dates and producer, and a document ID derived
 * from the content, so rebuilding the same brief gives a byte-identical file.
 */
export async function withFixedMetadata(pdf: Uint8Array, meta: PdfMetadata): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setSubject(meta.subject);
  doc.setAuthor(meta.author);
  doc.setLanguage(meta.lang);
  doc.setCreator('Ask the experts (Astro, Chromium)');
  doc.setProducer('pdf-lib');
  doc.setCreationDate(meta.date);
  doc.setModificationDate(meta.date);
  doc.context.trailerInfo.ID = undefined;
  return doc.save({ useObjectStreams: false });
}

/** What a test needs to know of a PDF's structure: tagging, language, title and outline. */
export async function pdfFacts(pdf: Uint8Array) {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const catalog = doc.catalog;
  return {
    tagged: catalog.has(PDFName.of('StructTreeRoot')),
    outline: catalog.has(PDFName.of('Outlines')),
    lang: catalog
      .get(PDFName.of('Lang'))
      ?.toString()
      .replace(/^\(|\)$/g, ''),
    title: doc.getTitle(),
    pages: doc.getPageCount(),
  };
}
