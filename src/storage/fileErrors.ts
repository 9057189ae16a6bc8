/**
 * Errors that opening a file can raise, apart from the readers that raise them, so the UI can
 * name them (ui/fileIo.ts openErrorKey) without loading the zip reader and writer up front.
 * signpostFile.ts and protect.ts re-export them.
 */
export type OpenErrorCode = 'not-signpost' | 'damaged' | 'newer-version' | 'too-large' | 'empty' | 'bad-picture';

export class OpenFileError extends Error {
  constructor(
    readonly code: OpenErrorCode,
    detail: string,
  ) {
    super(detail);
    this.name = 'OpenFileError';
  }
}

/** The envelope's protection settings are not ones Signpost writes (iterations out of range, unknown method, bad salt). */
export class ProtectionSettingsError extends Error {
  constructor(detail: string) {
    super(`This file's protection settings are not ones Signpost uses (${detail})`);
    this.name = 'ProtectionSettingsError';
  }
}
