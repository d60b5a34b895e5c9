/**
 * A product's regular price as every screen and the core's price tag state it: its cheapest variant's, and "from"
 * when its variants do not all cost the same (a product whose variants share one price has no "from").
 */
export function regularPrice<V extends { priceMinor: number }>(variants: readonly V[]): { cheapest: V; from: boolean } | null {
  if (variants.length === 0) return null;
  const cheapest = variants.reduce((a, b) => (b.priceMinor < a.priceMinor ? b : a));
  return { cheapest, from: variants.some((v) => v.priceMinor !== cheapest.priceMinor) };
}
