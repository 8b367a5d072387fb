import { createBackupFileWriter, openBackupFileReader } from '../backup/backup-file.ts';
import type { BackupProgress } from '../services/backup-service.ts';
import type { CliContext } from './context.ts';
import { createProgress } from './progress.ts';

/** A progress bar whose total is known only once the service has counted the rows. */
function progressOf(label: string) {
  let bar: ReturnType<typeof createProgress> | undefined;
  let last: BackupProgress | undefined;
  return {
    update(p: BackupProgress) {
      bar ??= createProgress(label, p.total);
      last = p;
      bar.update(p.done, p.table);
    },
    done() {
      if (bar && last) bar.done(last.done, 'rows');
    },
  };
}

/** `npm run cli -- export-all FILE [--include-secrets]`: the whole database as a backup file. */
export async function exportAllCommand(
  ctx: CliContext,
  file: string,
  flags: { includeSecrets: boolean },
): Promise<number> {
  const writer = await createBackupFileWriter(file);
  const progress = progressOf('export-all');
  try {
    const header = await ctx.services.backup.exportAll(ctx.actor, writer.stream, {
      includeWebhookSecrets: flags.includeSecrets,
      onProgress: (p) => progress.update(p),
    });
    await writer.finish();
    progress.done();
    const rows = header.tables.reduce((sum, t) => sum + t.rows, 0);
    console.log(
      `Exported ${rows} row(s) of ${header.tables.length} tables to ${file} (schema ${header.schemaVersion}).`,
    );
    console.log(
      `Left out: password hashes, sessions, API tokens${flags.includeSecrets ? '' : ', webhook secrets (--include-secrets to keep them)'}.`,
    );
    if (flags.includeSecrets) console.log('The file holds webhook secrets: keep it as safe as the database.');
    return 0;
  } catch (err) {
    await writer.abort();
    throw err;
  }
}

/** `npm run cli -- import-all FILE`: restores a backup into a new, empty database (all or nothing). */
export async function importAllCommand(ctx: CliContext, file: string): Promise<number> {
  const input = await openBackupFileReader(file);
  const progress = progressOf('import-all');
  let summary: Awaited<ReturnType<typeof ctx.services.backup.importAll>>;
  try {
    summary = await ctx.services.backup.importAll(ctx.actor, input, {
      onProgress: (p) => progress.update(p),
    });
  } catch (err) {
    throw new Error(`${file}: ${(err as Error).message}\nNothing was restored: the database is as it was.`, {
      cause: err,
    });
  }
  progress.done();
  const { header } = summary;
  const rows = header.tables.reduce((sum, t) => sum + t.rows, 0);
  console.log(
    `Restored ${rows} row(s) of ${header.tables.length} tables from the backup of ${header.exportedAt}.`,
  );
  if (summary.usersWithoutPassword.length > 0) {
    console.log(
      `${summary.usersWithoutPassword.length} user(s) cannot sign in until given a new password (backups carry ` +
        'no password hashes):',
    );
    for (const name of summary.usersWithoutPassword) console.log(`  npm run cli -- reset-password ${name}`);
  }
  if (summary.webhooksDisabled > 0) {
    console.log(
      `${summary.webhooksDisabled} webhook(s) restored disabled (the backup had no secrets): remove and add them ` +
        'again to give their receivers new secrets.',
    );
  }
  // Scores are stored with the catalog that made them; a backup from another release may need new ones.
  const stale = await ctx.services.rescore.pending();
  if (stale > 0) {
    console.log(
      `${stale} report(s) were scored with another indicator catalog than this one: run \`npm run cli -- rescore\`.`,
    );
  }
  return 0;
}

/** `npm run cli -- reset-password NAME`: a new generated password, printed once. */
export async function resetPasswordCommand(ctx: CliContext, username: string): Promise<number> {
  const { password } = await ctx.services.users.resetPassword(ctx.actor, username);
  console.log(`New password for ${username} (shown once; their sessions were ended): ${password}`);
  return 0;
}
