import type { SandboxDatabase } from '../database/sandbox-database';

export type ConsumerRecord = { consumerId: string; consumerKey: string; appName: string; isEnabled: boolean };

type ConsumerRow = { consumer_id: string; consumer_key: string; app_name: string; is_enabled: number };

export type ConsumerRepository = ReturnType<typeof createConsumerRepository>;

export function createConsumerRepository(database: SandboxDatabase) {
  const byKey = database.prepare<[string], ConsumerRow>(
    'SELECT consumer_id, consumer_key, app_name, is_enabled FROM consumers WHERE consumer_key = ?',
  );
  const insert = database.prepare(
    'INSERT INTO consumers (consumer_id, consumer_key, app_name, is_enabled, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  const setEnabled = database.prepare('UPDATE consumers SET is_enabled = ? WHERE consumer_key = ?');

  return {
    findByKey(consumerKey: string): ConsumerRecord | undefined {
      const row = byKey.get(consumerKey);
      return (
        row && { consumerId: row.consumer_id, consumerKey: row.consumer_key, appName: row.app_name, isEnabled: row.is_enabled === 1 }
      );
    },
    create(consumer: ConsumerRecord, createdAt: string): void {
      insert.run(consumer.consumerId, consumer.consumerKey, consumer.appName, consumer.isEnabled ? 1 : 0, createdAt);
    },
    setEnabled(consumerKey: string, isEnabled: boolean): void {
      setEnabled.run(isEnabled ? 1 : 0, consumerKey);
    },
  };
}
