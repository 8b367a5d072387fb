// `npm run cli -- COMMAND …`: ingest, score, export, rescore, import-ewp, backups and password resets on the
// configured database.
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { catalog } from '../../indicators/catalog.ts';
import { scoreText } from '../../indicators/scorer/score.ts';
import { extractText } from '../extract/extract-text.ts';
import { exportAllCommand, importAllCommand, resetPasswordCommand } from './backup-commands.ts';
import { openCliContext } from './context.ts';
import { exportCommand } from './export-command.ts';
import { ingestCommand } from './ingest-command.ts';
import { createProgress } from './progress.ts';

const HELP = `Atalaya command line

  npm run cli -- ingest FILE…   NDJSON, CSV (bulk) or TXT/MD/HTML/PDF/DOCX (one report each)
        --country ISO3 --date YYYY-MM-DD   for documents (or name them COL_2026-03-01_title.pdf)
        --source NAME --reliability B2 --lang es
  npm run cli -- score FILE     score a text or document without storing it (JSON on stdout)
  npm run cli -- export         all reports as NDJSON on stdout
        --country ISO3 --from YYYY-MM-DD --to YYYY-MM-DD --include-sources
  npm run cli -- rescore        re-score reports scored by an older catalog, then rebuild the series
  npm run cli -- import-ewp FILE   import Early Warning Project forecasts (final_forecasts_data_*.csv)
  npm run cli -- export-all FILE   back up the whole database (NDJSON; gzipped when FILE ends in .gz)
        --include-secrets   keep webhook secrets (password hashes and API tokens are never included)
  npm run cli -- import-all FILE   restore a backup into a new, empty database (all or nothing)
  npm run cli -- reset-password NAME   give a user a new generated password (after import-all)

Uses DATABASE_URL, or the embedded database in ATALAYA_DATA_DIR (stop the server first: it is locked).`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    country: { type: 'string' },
    date: { type: 'string' },
    source: { type: 'string' },
    reliability: { type: 'string' },
    lang: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    'include-sources': { type: 'boolean', default: false },
    'include-secrets': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
const [command, ...args] = positionals;

async function run(): Promise<number> {
  if (!command || values.help || command === 'help') {
    console.log(HELP);
    return command || values.help ? 0 : 2;
  }
  if (command === 'score') {
    if (!args[0]) throw new Error('score needs a FILE');
    const bytes = new Uint8Array(await readFile(args[0]));
    const { text } = await extractText({ bytes, filename: args[0] });
    console.log(JSON.stringify(scoreText(catalog, text, { lang: values.lang }), null, 2));
    return 0;
  }
  const known = ['ingest', 'export', 'rescore', 'import-ewp', 'export-all', 'import-all', 'reset-password'];
  if (!known.includes(command)) throw new Error(`unknown command "${command}"\n\n${HELP}`);
  const ctx = await openCliContext();
  try {
    if (command === 'ingest') {
      if (args.length === 0) throw new Error('ingest needs at least one FILE');
      return await ingestCommand(ctx, args, values);
    }
    if (command === 'export')
      return await exportCommand(ctx, { ...values, includeSources: values['include-sources'] });
    if (command === 'export-all' || command === 'import-all' || command === 'reset-password') {
      if (!args[0]) throw new Error(`${command} needs a ${command === 'reset-password' ? 'NAME' : 'FILE'}`);
      if (command === 'export-all')
        return await exportAllCommand(ctx, args[0], { includeSecrets: values['include-secrets'] });
      if (command === 'import-all') return await importAllCommand(ctx, args[0]);
      return await resetPasswordCommand(ctx, args[0]);
    }
    if (command === 'rescore') {
      const progress = createProgress('rescore', await ctx.services.rescore.pending());
      const result = await ctx.services.rescore.run((p) =>
        progress.update(p.done, `countries rebuilt ${p.countries}`),
      );
      progress.done(result.done, `countries rebuilt ${result.countries}`);
      return 0;
    }
    if (!args[0]) throw new Error('import-ewp needs a FILE');
    const result = await ctx.services.structural.importEwp(ctx.actor, createReadStream(args[0]));
    console.log(`Imported Early Warning Project forecasts for ${result.imported} countries.`);
    for (const p of result.problems) console.error(`  ${p.line ? `line ${p.line}: ` : ''}${p.message}`);
    return 0;
  } finally {
    await ctx.close();
  }
}

run().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`atalaya: ${(err as Error).message}`);
    process.exit(1);
  },
);
