import type { DataSource, EntityManager } from 'typeorm';

/** Factories write through the test's own connection, or inside a transaction the test holds. */
export type DatabaseWriter = DataSource | EntityManager;

export function managerOf(db: DatabaseWriter): EntityManager {
  return 'manager' in db ? db.manager : db;
}

/** A short unique suffix for names and emails that must not collide within a test schema. */
export function uniqueSuffix(): string {
  return Math.random().toString(36).slice(2, 10);
}
