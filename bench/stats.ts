// Bench helpers: medians and number formatting. Pure.

/** The median of the values (the mean of the middle two for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Seconds with two decimals. */
export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

/** A ratio with two decimals and a ×. */
export function ratio(value: number): string {
  return `${value.toFixed(2)}×`;
}

/** Whole numbers with thousands separators. */
export function count(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}
