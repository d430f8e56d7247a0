// URL text that is safe to print.

/** `url` without a user name or password (a secret in an error line); unchanged when it has none or is no URL. */
export function withoutUserInfo(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  if (parsed.username === '' && parsed.password === '') return url;
  parsed.username = '';
  parsed.password = '';
  return parsed.toString();
}
