import { sql, type Kysely } from 'kysely';
import { sqlEngineOf } from './sqlEngine';

/**
 * A text column without a practical size limit: MySQL's TEXT holds only 64 KiB, too little for a
 * month's report, and LONGTEXT is its spelling of a larger one; Postgres's TEXT has no limit.
 */
export const largeText = (db: Kysely<unknown>) =>
  sql.raw(sqlEngineOf(db) === 'mysql' ? 'longtext' : 'text');
