// The engine bench's reference: one 24/7 first-response standard asked of DuckDB in SQL over the store's
// NDJSON day files, with the engine's meaning (scripts/engine/metrics.ts `firstResponseTime`, evaluate.ts):
// - first response = the first public agent reply at or before now; on a ticket opened by an agent, the
//   agent's opening comment (an agent reply at the creation instant) is not a reply;
// - a measurement counts when it completed in the window (now − N × 24 h, now]; met when within the threshold;
// - an unsolved ticket without a reply that passed the threshold is an in-flight breach dated created +
//   threshold, counted when that instant is in the window; a solved one without a reply is not measured.
// The sample store holds only valid tickets, so the engine's rejections do not arise here.
// DuckDB lives in bench/duckdb/node_modules only (bench/peers.ts installs it there on demand).
//
// Two ways to ask, as a data engineer would: over the NDJSON day files as they are (read_ndjson, the peer of
// `evaluate --full`), or over DuckDB's own table, loaded once from them with the instants already parsed (the
// peer of `evaluate` on its warm facts cache). As a process, for the whole-process benchmark:
//
//   node bench/duckdb/first-response.ts load --glob 'data/tickets/*/*/*.ndjson' --database tickets.duckdb
//   node bench/duckdb/first-response.ts query (--glob G | --database F) --now ISO --threshold-minutes 240
//        --window-days 30 --priorities low,normal [--threads 1]      → {"count":…,"met":…} on stdout

import { parseArgs } from 'node:util';

export interface DuckdbQuestion {
  /** The NDJSON day files; or null to ask DuckDB's own table in `database`. */
  glob: string | null;
  database?: string | null;
  nowMs: number;
  thresholdMinutes: number;
  windowDays: number;
  priorities: string[];
  /** 1 for single-threaded; null for DuckDB's default (every core). */
  threads: number | null;
}

interface DuckdbModule {
  DuckDBInstance: {
    create(path: string, options?: Record<string, string>): Promise<{
      connect(): Promise<{ runAndReadAll(sql: string): Promise<{ getRowObjectsJS(): Record<string, unknown>[] }>; closeSync(): void }>;
      closeSync(): void;
    }>;
  };
}

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;

const TABLE = 'tickets';

/** The tickets as the question needs them, instants parsed to epoch milliseconds. */
function parsedTickets(glob: string): string {
  return `
    SELECT epoch_ms(created::TIMESTAMPTZ) AS created_ms, priority, status, openedBy AS opened_by,
           list_transform(replies, r -> {'at_ms': epoch_ms(r.at::TIMESTAMPTZ), 'agent': r."by" = 'agent'}) AS replies
    FROM read_ndjson(${quote(glob)}, columns = {
      id: 'VARCHAR', created: 'VARCHAR', priority: 'VARCHAR', status: 'VARCHAR', openedBy: 'VARCHAR',
      replies: 'STRUCT("at" VARCHAR, "by" VARCHAR)[]'
    })`;
}

async function openDuckdb(database: string, options: Record<string, string>) {
  // A specifier in a variable: the project's type check does not need DuckDB installed.
  const specifier = '@duckdb/node-api';
  const { DuckDBInstance } = (await import(specifier)) as DuckdbModule;
  const instance = await DuckDBInstance.create(database, options);
  return { instance, connection: await instance.connect() };
}

/** Loads the day files into DuckDB's own table in the database file `database` (replaced). */
export async function loadDuckdbTable(glob: string, database: string): Promise<number> {
  const { instance, connection } = await openDuckdb(database, {});
  try {
    await connection.runAndReadAll(`CREATE OR REPLACE TABLE ${TABLE} AS ${parsedTickets(glob)}`);
    const rows = (await connection.runAndReadAll(`SELECT count(*) AS n FROM ${TABLE}`)).getRowObjectsJS();
    return Number(rows[0]!.n);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

export async function runDuckdb(q: DuckdbQuestion): Promise<{ count: number; met: number }> {
  const options: Record<string, string> = q.threads === null ? {} : { threads: String(q.threads) };
  if (q.glob === null) options.access_mode = 'READ_ONLY';
  const { instance, connection } = await openDuckdb(q.glob === null ? q.database! : ':memory:', options);
  try {
    const thresholdMs = q.thresholdMinutes * 60_000;
    const fromMs = q.nowMs - q.windowDays * 86_400_000;
    const source = q.glob === null ? `SELECT * FROM ${TABLE}` : parsedTickets(q.glob);
    const sql = `
      WITH raw AS (
        SELECT created_ms, status, opened_by, replies FROM (${source})
        WHERE priority IN (${q.priorities.map(quote).join(', ')})
      ),
      answered AS (
        SELECT created_ms, status,
               list_filter(
                 CASE WHEN opened_by = 'agent' AND len(replies) > 0 AND replies[1].agent AND replies[1].at_ms = created_ms
                      THEN replies[2:] ELSE replies END,
                 r -> r.agent AND r.at_ms <= ${q.nowMs}
               )[1].at_ms AS first_ms
        FROM raw
        WHERE created_ms <= ${q.nowMs}
      ),
      measured AS (
        SELECT CASE WHEN first_ms IS NOT NULL THEN first_ms ELSE created_ms + ${thresholdMs} END AS at_ms,
               first_ms IS NOT NULL AND first_ms - created_ms <= ${thresholdMs} AS met
        FROM answered
        WHERE first_ms IS NOT NULL
           OR (status NOT IN ('solved', 'closed') AND ${q.nowMs} - created_ms > ${thresholdMs})
      )
      SELECT count(*) AS count, count(*) FILTER (WHERE met) AS met
      FROM measured
      WHERE at_ms >= ${fromMs} AND at_ms <= ${q.nowMs}`;
    const rows = (await connection.runAndReadAll(sql)).getRowObjectsJS();
    const row = rows[0]!;
    return { count: Number(row.count), met: Number(row.met) };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      glob: { type: 'string' }, database: { type: 'string' }, now: { type: 'string' }, threads: { type: 'string' },
      'threshold-minutes': { type: 'string' }, 'window-days': { type: 'string' }, priorities: { type: 'string' },
    },
  });
  if (positionals[0] === 'load') {
    const rows = await loadDuckdbTable(values.glob!, values.database!);
    console.log(JSON.stringify({ rows }));
  } else {
    const answer = await runDuckdb({
      glob: values.glob ?? null, database: values.database ?? null, nowMs: Date.parse(values.now!),
      thresholdMinutes: Number(values['threshold-minutes']), windowDays: Number(values['window-days']),
      priorities: values.priorities!.split(','), threads: values.threads ? Number(values.threads) : null,
    });
    console.log(JSON.stringify(answer));
  }
}
