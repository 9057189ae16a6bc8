/** The error for PDFs with a password, apart from pdf-lib so the interface can name it without loading pdf-lib. */

/**
 * A PDF opened with a password (Signpost's own password PDFs are AES-256): the password
 * is needed (`needs-password`) or was not right (`wrong-password`).
 */
export class PdfPasswordError extends Error {
  constructor(readonly code: 'needs-password' | 'wrong-password') {
    super(code === 'needs-password' ? 'This PDF needs a password' : 'Wrong password for this PDF');
    this.name = 'PdfPasswordError';
  }
}
