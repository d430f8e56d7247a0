// Shell-style globs for attribute names: `*` any run of characters, `?` one character, the rest literal.

/** A RegExp matching whole strings against `glob` (case-sensitive). */
export function globToRegExp(glob: string): RegExp {
  const body = [...glob]
    .map((ch) => (ch === '*' ? '.*' : ch === '?' ? '.' : ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}$`, 'su');
}
