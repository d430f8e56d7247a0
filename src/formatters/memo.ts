// A bounded memo for pure string → string functions: attribute names repeat on every node, so their quoted
// form is worth keeping; past the bound, results are computed each time.

/** `fn` remembering up to `limit` results. */
export function memoize(fn: (text: string) => string, limit = 4096): (text: string) => string {
  const memo = new Map<string, string>();
  return (text) => {
    let result = memo.get(text);
    if (result === undefined) {
      result = fn(text);
      if (memo.size < limit) memo.set(text, result);
    }
    return result;
  };
}
