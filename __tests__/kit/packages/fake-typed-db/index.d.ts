/** A pg/mysql-style client: each function calls back, or returns a Promise without the callback. */
export interface Row {
  id: string;
  from: string;
}

export type Callback<T> = (err: Error | null, result: T) => void;

export function query(sql: string, values?: unknown[]): Promise<Row>;
export function query(sql: string, callback: Callback<Row>): void;
export function query(sql: string, values: unknown[], callback: Callback<Row>): void;

/** Callback only: no Promise overload. */
export function end(callback: (err: Error | null) => void): void;
