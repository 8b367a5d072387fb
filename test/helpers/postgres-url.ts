/** Names of the databases the test suite creates on the PostgreSQL server (and only ever drops). */
export const TEMPLATE_PREFIX = 'atalaya_tpl_';
export const FILE_DB_PREFIX = 'atalaya_tf_';

/** The same server and credentials as `url`, another database. */
export function databaseUrlFor(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
