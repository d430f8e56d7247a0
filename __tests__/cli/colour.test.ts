// The colour decision (flag, FORCE_COLOR, NO_COLOR, TTY) and the chalk-backed style.

import { createStyle, shouldUseColour } from '../../src/cli/colour';

describe('shouldUseColour', () => {
  it.each([
    // flag, env, isTTY, expected
    [true, {}, true, true],
    [true, {}, false, false],
    [false, {}, true, false],
    [false, { FORCE_COLOR: '1' }, true, false],
    [true, { NO_COLOR: '1' }, true, false],
    [true, { NO_COLOR: '' }, true, true],
    [true, { FORCE_COLOR: '1' }, false, true],
    [true, { FORCE_COLOR: '' }, false, true],
    [true, { FORCE_COLOR: '0' }, true, false],
    [true, { FORCE_COLOR: 'false' }, true, false],
    [true, { FORCE_COLOR: '1', NO_COLOR: '1' }, false, true],
    [true, { TERM: 'dumb' }, true, false],
  ])('flag %p, env %p, TTY %p → %p', (flag, env, isTTY, expected) => {
    expect(shouldUseColour({ flag, env, isTTY })).toBe(expected);
  });
});

describe('createStyle', () => {
  it('wraps text in ANSI codes when enabled', () => {
    const style = createStyle(true);
    expect(style.good('ok')).toBe('\u001b[32mok\u001b[39m');
    expect(style.bad('no')).toBe('\u001b[31mno\u001b[39m');
    expect(style.bold('B')).toBe('\u001b[1mB\u001b[22m');
  });

  it('leaves text alone when disabled', () => {
    const style = createStyle(false);
    expect([style.good('a'), style.bad('b'), style.warn('c'), style.dim('d'), style.bold('e')]).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});
