import type { MiddlewareHandler } from 'hono';
import { AppError } from '../errors.ts';

/**
 * A size limit for streamed uploads. Hono's bodyLimit buffers a body without Content-Length in memory to
 * count it, which would hold a whole 200 MB upload at once; this counts the bytes as they stream past instead.
 * A declared Content-Length over the limit is refused before anything is read. Past the limit mid-stream, the
 * reader fails with payload_too_large: chunks already stored stay stored (each is whole), the rest is not read.
 */
export function uploadLimit(options: { maxBytes: number }): MiddlewareHandler {
  const tooLarge = () => new AppError('payload_too_large', `Upload is larger than ${options.maxBytes} bytes`);
  return async function uploadLimitMiddleware(c, next) {
    const declared = c.req.header('content-length');
    if (declared !== undefined && Number(declared) > options.maxBytes) throw tooLarge();
    const body = c.req.raw.body;
    if (!body) return next();
    let seen = 0;
    const counted = body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          seen += chunk.byteLength;
          if (seen > options.maxBytes) controller.error(tooLarge());
          else controller.enqueue(chunk);
        },
      }),
    );
    c.req.raw = new Request(c.req.raw, { body: counted, duplex: 'half' } as RequestInit);
    return next();
  };
}
