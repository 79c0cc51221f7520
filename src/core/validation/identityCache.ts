/**
 * Memoises `compute` on an array that is treated as immutable reference data. The entry is found
 * by the array's identity and used only while the array still holds the same items (same length,
 * same objects in the same order), so an array changed in place — an item pushed, removed or
 * replaced — is computed afresh rather than answered from a stale entry. Items are compared by
 * identity: an item changed in place is not noticed (reference data is replaced, never edited).
 */
export function memoOnArray<T, V>(compute: (items: readonly T[]) => V): (items: readonly T[]) => V {
  const cache = new WeakMap<readonly T[], { items: readonly T[]; value: V }>();
  return (items) => {
    const held = cache.get(items);
    if (held !== undefined && sameItems(held.items, items)) return held.value;
    // A copy, so that a later change to `items` itself cannot go unseen.
    const value = compute(items);
    cache.set(items, { items: items.slice(), value });
    return value;
  };
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
