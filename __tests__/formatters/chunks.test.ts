import { gatherChunks, joinPieces } from '../../src/formatters/chunks';

describe('gatherChunks', () => {
  it.each<[string[], number, string[]]>([
    [['ab', 'cd', 'e'], 3, ['abcd', 'e']],
    [['abc', 'd'], 3, ['abc', 'd']],
    [['a', 'b', 'c'], 100, ['abc']],
    [[], 3, []],
    [['', ''], 3, []],
    [['abcdef'], 2, ['abcdef']],
  ])('%j by %i → %j', (pieces, size, chunks) => {
    expect([...gatherChunks(pieces, size)]).toEqual(chunks);
    expect(joinPieces(pieces)).toBe(chunks.join(''));
  });

  it('is lazy: pieces are pulled only as chunks are taken', () => {
    let pulled = 0;
    function* pieces(): Generator<string> {
      for (let i = 0; i < 100; i++) {
        pulled += 1;
        yield 'xx';
      }
    }
    const chunks = gatherChunks(pieces(), 10);
    expect(chunks.next().value).toBe('xxxxxxxxxx');
    expect(pulled).toBe(5);
  });
});
