/**
 * Finding the `.signpost` source attached to a PDF that Signpost exported, so that
 * opening the PDF brings the document back for editing. Loaded lazily: pdf-lib is large.
 */
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFString, PDFHexString } from '@cantoo/pdf-lib';

/** Attached files of a PDF by name. Returns an empty map for a PDF without any. */
export async function pdfAttachments(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true });
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
    const key = name instanceof PDFString || name instanceof PDFHexString ? name.decodeText() : String(name);
    out.set(key, decodePDFRawStream(stream).decode());
  }
  return out;
}

/** The attached Signpost source, or null. */
export async function signpostSourceOf(bytes: Uint8Array): Promise<Uint8Array | null> {
  for (const [name, data] of await pdfAttachments(bytes)) if (name.endsWith('.signpost')) return data;
  return null;
}
