/**
 * Canonical letter sizes, so "XXL", "2XL" and "xxl" meet: the key is the number of x's
 * written as a digit when there are two or more ("2xl", "3xs").
 */
const LETTER_SIZE = /^(?:(\d)x|(x*))(s|m|l)$/;

export function letterSizeKey(token: string): string | null {
  const m = LETTER_SIZE.exec(token);
  if (!m) return null;
  const [, digit, xs = '', base] = m;
  const count = digit ? Number(digit) : xs.length;
  if (base === 'm' && count > 0) return null; // "xm" is not a size
  if (count === 0) return base ?? null;
  if (count === 1) return `x${base}`;
  return `${count}x${base}`;
}
