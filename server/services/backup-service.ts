import type { Writable } from 'node:stream';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { type BackupProgress, type ExportOptions, exportBackup } from './backup-export.ts';
import { type RestoreOptions, restoreBackup } from './backup-restore.ts';
import type { Actor } from './principal.ts';

/**
 * Backup and restore of the whole database (`npm run cli -- export-all / import-all`), the same on PGlite and
 * PostgreSQL, so a backup also moves an installation from one to the other. The file format is in
 * server/backup/backup-format.ts; what is left out, and why, in docs/RELIABILITY.md.
 */
export function createBackupService(deps: { db: Kysely<Database>; now: () => Date }) {
  return {
    exportAll: (actor: Actor, out: Writable, options: ExportOptions = {}) =>
      exportBackup(deps, actor, out, options),

    importAll: (actor: Actor, input: ReadableStream<Uint8Array>, options: RestoreOptions = {}) =>
      restoreBackup(deps, actor, input, options),
  };
}

export type BackupService = ReturnType<typeof createBackupService>;
export type { BackupProgress };
