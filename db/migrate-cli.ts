// `npm run migrate`: applies pending migrations to DATABASE_URL, or to the embedded database.
import { openDatabase } from './client.ts';
import { migrateToLatest } from './migrate.ts';

const url = process.env.DATABASE_URL || undefined;
const handle = await openDatabase({ url, dataDir: process.env.ATALAYA_DATA_DIR || './data' });
try {
  const applied = await migrateToLatest(handle.db);
  console.log(
    applied.length
      ? `Applied ${applied.length} migration(s): ${applied.join(', ')}`
      : 'Database is up to date.',
  );
} finally {
  await handle.close();
}
