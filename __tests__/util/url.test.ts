// withoutUserInfo: URLs printed in errors never carry a user name or password.

import { withoutUserInfo } from '../../src/util/url';

describe('withoutUserInfo', () => {
  it.each([
    ['https://user:s3cret@sts.example.com/', 'https://sts.example.com/'],
    ['ftp://user:s3cret@example.com', 'ftp://example.com/'],
    ['http://127.0.0.1:4566', 'http://127.0.0.1:4566'],
    ['not a url', 'not a url'],
  ])('%s → %s', (url, printed) => {
    expect(withoutUserInfo(url)).toBe(printed);
    expect(withoutUserInfo(url)).not.toContain('s3cret');
  });
});
