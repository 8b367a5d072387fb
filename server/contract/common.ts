import { z } from '@hono/zod-openapi';

/**
 * Text that PostgreSQL can store: a NUL character, or half of a surrogate pair (which JSON can carry as
 * "\ud800"), makes `text`/`jsonb` columns reject the row (a 500).
 */
export const SafeString = z
  .string()
  .refine((s) => !s.includes('\u0000'), 'must not contain NUL characters')
  .refine((s) => !/\p{Cs}/u.test(s), 'must be valid Unicode (no unpaired surrogate)');

/** An http(s) URL that PostgreSQL can store (z.url accepts a NUL or a lone surrogate in the path). */
export const SafeUrl = (maxLength: number) => SafeString.pipe(z.url({ protocol: /^https?$/ }).max(maxLength));

export const Role = z.enum(['viewer', 'analyst', 'admin']).openapi('Role');
export type Role = z.infer<typeof Role>;

export const Username = SafeString.pipe(
  z
    .string()
    .min(3)
    .max(64)
    .regex(/^[A-Za-z0-9._-]+$/, 'letters, digits, dot, underscore and hyphen only'),
).openapi({ example: 'maria.lopez' });

export const Password = SafeString.pipe(z.string().min(12, 'must be at least 12 characters').max(1024));

export const ErrorResponse = z
  .object({
    error: z.object({
      code: z.enum([
        'validation_failed',
        'unauthorized',
        'forbidden',
        'not_found',
        'conflict',
        'payload_too_large',
        'rate_limited',
        'unavailable',
        'internal',
      ]),
      message: z.string(),
      details: z.array(z.object({ path: z.string(), message: z.string() })),
    }),
  })
  .openapi('Error');
export type ErrorResponse = z.infer<typeof ErrorResponse>;

export const Limit = (max: number, fallback: number) =>
  z.coerce.number().int().min(1).max(max).default(fallback).openapi({ type: 'integer' });

export const UuidParam = z.object({ id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }) });

/** A calendar day, YYYY-MM-DD. */
export const IsoDate = z.iso.date().openapi({ example: '2026-03-01' });
