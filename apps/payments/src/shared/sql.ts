import type { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

/** Rows per INSERT: well below PostgreSQL's 65,535 parameters for tables of up to 60 columns. */
export const ROWS_PER_INSERT = 1_000;

export async function insertInChunks<T extends object>(
  manager: EntityManager,
  entity: new () => T,
  rows: readonly Partial<T>[],
): Promise<void> {
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    await manager.insert(
      entity,
      rows.slice(start, start + ROWS_PER_INSERT) as QueryDeepPartialEntity<T>[],
    );
  }
}
