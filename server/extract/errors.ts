import { AppError } from '../errors.ts';

/** Why an uploaded file was refused; each maps to one contract code and status below. */
export type ExtractFailure = 'unsupported_format' | 'empty' | 'encrypted' | 'corrupt' | 'too_large';

/**
 * Every refusal is an `AppError` naming the multipart field `file`, so `app.onError` answers it with the
 * contract's body and the upload route needs no try/catch or mapping of its own. Messages never quote the
 * file's contents or its name: both come from the uploader.
 */
export abstract class ExtractError extends AppError {
  readonly field = 'file';
  abstract readonly reason: ExtractFailure;
}

/** Not a format we read (415), an empty file, or a password-protected PDF (400). */
export class UnsupportedFileError extends ExtractError {
  readonly reason: 'unsupported_format' | 'empty' | 'encrypted';

  constructor(reason: UnsupportedFileError['reason'], message: string) {
    super('validation_failed', message, {
      status: reason === 'unsupported_format' ? 415 : 400,
      details: [{ path: 'file', message }],
    });
    this.name = 'UnsupportedFileError';
    this.reason = reason;
  }
}

/** The file claims a format we read but its bytes are damaged or truncated (400). */
export class CorruptFileError extends ExtractError {
  readonly reason = 'corrupt';

  constructor(message: string) {
    super('validation_failed', message, { details: [{ path: 'file', message }] });
    this.name = 'CorruptFileError';
  }
}

/** Over the caller's byte limit, or a ZIP whose declared contents would inflate past it (413). */
export class FileTooLargeError extends ExtractError {
  readonly reason = 'too_large';

  constructor(message: string) {
    super('payload_too_large', message, { details: [{ path: 'file', message }] });
    this.name = 'FileTooLargeError';
  }
}
