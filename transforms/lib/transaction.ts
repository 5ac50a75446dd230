/**
 * An undo log for AST edits. A transform tries a rewrite, and when it meets a shape it cannot
 * prove safe it rolls back, so half-transformed output never appears (all or nothing).
 */

type Undo = () => void;

export class Transaction {
  private readonly undo: Undo[] = [];

  /** `target[key] = value`, undoable. */
  set<T extends object, K extends keyof T>(target: T, key: K, value: T[K]): void {
    const had = Object.prototype.hasOwnProperty.call(target, key);
    const previous = target[key];
    target[key] = value;
    this.undo.push(() => {
      if (had) target[key] = previous;
      else delete target[key];
    });
  }

  /** `array.splice(start, deleteCount, ...items)`, undoable. */
  splice<T>(array: T[], start: number, deleteCount: number, ...items: T[]): T[] {
    const removed = array.splice(start, deleteCount, ...items);
    this.undo.push(() => {
      array.splice(start, items.length, ...removed);
    });
    return removed;
  }

  /** Restores every edit, newest first. */
  rollback(): void {
    while (this.undo.length) this.undo.pop()!();
  }

  /** A savepoint to roll back to without losing earlier edits. */
  mark(): number {
    return this.undo.length;
  }

  rollbackTo(mark: number): void {
    while (this.undo.length > mark) this.undo.pop()!();
  }
}
