import { memoize } from '../../src/formatters/memo';

describe('memoize', () => {
  it('computes each text once, up to the bound, and always answers alike', () => {
    const seen: string[] = [];
    const upper = memoize((text) => {
      seen.push(text);
      return text.toUpperCase();
    }, 2);
    expect(['a', 'b', 'a', 'c', 'c', 'b'].map(upper)).toEqual(['A', 'B', 'A', 'C', 'C', 'B']);
    // a and b are kept; c, past the bound, is computed each time.
    expect(seen).toEqual(['a', 'b', 'c', 'c']);
  });
});
