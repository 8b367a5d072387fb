import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * JSON lines on stdout. Report text, passwords, tokens and cookies are never passed to the logger at info level;
 * the redact list is a second line of defence for fields that might slip into an object.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: undefined,
      redact: {
        paths: ['password', '*.password', 'token', '*.token', 'text', '*.text', 'cookie', '*.cookie'],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
