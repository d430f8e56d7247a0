// Pieces of text gathered into chunks of a bounded size: few, large writes instead of one per node.

/** Default chunk size in characters (about a megabyte of ASCII). */
export const DEFAULT_CHUNK_SIZE = 1 << 20;

/** The pieces joined into chunks of at least `size` characters (the last may be shorter); none empty. */
export function* gatherChunks(pieces: Iterable<string>, size = DEFAULT_CHUNK_SIZE): Generator<string> {
  let parts: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    parts.push(piece);
    length += piece.length;
    if (length >= size) {
      yield parts.join('');
      parts = [];
      length = 0;
    }
  }
  if (length > 0) yield parts.join('');
}

/** The pieces as one string. */
export function joinPieces(pieces: Iterable<string>): string {
  return Array.from(pieces).join('');
}
