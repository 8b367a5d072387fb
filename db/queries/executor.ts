import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../schema.ts';

/** Query functions take either the database or an open transaction first (Kysely's example app). */
export type Executor = Kysely<Database> | Transaction<Database>;
