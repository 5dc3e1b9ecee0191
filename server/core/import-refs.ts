// How one sheet of a multi-sheet import points at another's rows (attendance at an activity, a reading at a target,
// a member's payment at a voucher): by a reference written in the file. The referenced sheet records the refs it has
// read (with what the pointing sheets need to check against) under the import's context, and the id each became under
// the context of the transaction that applied it; the importer reads and applies sheets in its registry's order, the
// referenced sheet first. Keyed weakly by the context object, so nothing outlives the import.

export interface ImportRefs<T> {
  /** Refs read so far in this import (the parsing context). */
  read(ctx: object): Map<string, T>;
  /** Ref → the id written, in this transaction (the applying context). */
  written(ctx: object): Map<string, number>;
}

export function createImportRefs<T = true>(): ImportRefs<T> {
  const read = new WeakMap<object, Map<string, T>>();
  const written = new WeakMap<object, Map<string, number>>();
  return {
    read(ctx) {
      const refs = read.get(ctx) ?? new Map<string, T>();
      read.set(ctx, refs);
      return refs;
    },
    written(ctx) {
      const ids = written.get(ctx) ?? new Map<string, number>();
      written.set(ctx, ids);
      return ids;
    },
  };
}
