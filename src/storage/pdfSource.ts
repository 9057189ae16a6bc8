/**
 * Finding the `.signpost` source attached to a PDF that Signpost exported, so that
 * opening the PDF brings the document back for editing. Loaded lazily: pdf-lib is large.
 */
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFString, PDFHexString } from '@cantoo/pdf-lib';
import { PdfPasswordError } from './pdfPassword';

export { PdfPasswordError };

/** The PDF, decrypted with the password when it is encrypted; PdfPasswordError without the right one. */
async function loadPdf(bytes: Uint8Array, password?: string): Promise<PDFDocument> {
  let pdf: PDFDocument;
  try {
    pdf = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true, password });
  } catch (e) {
    // pdf-lib says "Password incorrect" for a wrong password; nothing else names a password
    if (password !== undefined && /password/i.test(String(e))) throw new PdfPasswordError('wrong-password');
    throw e;
  }
  if (password === undefined && pdf.isEncrypted) throw new PdfPasswordError('needs-password');
  return pdf;
}

const text = (v: unknown) => (v instanceof PDFString || v instanceof PDFHexString ? v.decodeText() : '');

/**
 * The name of an attachment: its file specification's name (/UF, /F), or else its key in
 * the name tree. (pdf-lib decrypts the name-tree key of an AES-256 PDF wrongly, to nothing
 * in Node and to noise in browsers, so the password PDFs Signpost writes need /UF or /F.)
 */
function attachmentName(key: unknown, spec: PDFDict): string {
  return text(spec.lookup(PDFName.of('UF'))) || text(spec.lookup(PDFName.of('F'))) || text(key);
}

/**
 * Attached files of a PDF by name. Returns an empty map for a PDF without any. An
 * encrypted PDF needs its password (PdfPasswordError).
 */
export async function pdfAttachments(bytes: Uint8Array, password?: string): Promise<Map<string, Uint8Array>> {
  const pdf = await loadPdf(bytes, password);
  const out = new Map<string, Uint8Array>();
  const names = pdf.catalog.lookupMaybe(PDFName.of('Names'), PDFDict);
  const embedded = names?.lookupMaybe(PDFName.of('EmbeddedFiles'), PDFDict);
  const list = embedded?.lookupMaybe(PDFName.of('Names'), PDFArray);
  if (!list) return out;
  for (let i = 0; i + 1 < list.size(); i += 2) {
    const name = list.lookup(i);
    const spec = list.lookup(i + 1, PDFDict);
    const ef = spec.lookupMaybe(PDFName.of('EF'), PDFDict);
    const stream = ef?.lookup(PDFName.of('F'));
    if (!(stream instanceof PDFRawStream)) continue;
    out.set(attachmentName(name, spec), decodePDFRawStream(stream).decode());
  }
  return out;
}

/** The attached Signpost source, or null; an encrypted PDF needs its password (PdfPasswordError). */
export async function signpostSourceOf(bytes: Uint8Array, password?: string): Promise<Uint8Array | null> {
  for (const [name, data] of await pdfAttachments(bytes, password)) if (name.endsWith('.signpost')) return data;
  return null;
}
