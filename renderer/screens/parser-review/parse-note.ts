/**
 * The parse a held claim carries in its note (electron/core/commerce/review-hold.ts reviewNote):
 * "parse 0.45: claim word, code written; unknown code a21" and, on a second line, the same reason as
 * codes ("reasons {"grounds":[…],"doubts":[…]}") so that the panel says it in the moderator's language.
 */
export interface ReasonPart {
  code: string;
  params?: Record<string, string | number>;
}

export interface ParseNote {
  confidence: number | null;
  /** The English reason (shown when the note has no codes: a claim held before they were written). */
  reason: string;
  reasons: { grounds: ReasonPart[]; doubts: ReasonPart[] } | null;
}

const isPart = (x: unknown): x is ReasonPart => typeof x === 'object' && x !== null && typeof (x as ReasonPart).code === 'string';

export function readParse(note: string): ParseNote {
  const m = /^parse (\d\.\d\d): ([^\n]*)/.exec(note);
  if (!m) return { confidence: null, reason: note, reasons: null };
  const coded = /\nreasons (\{[^\n]*\})/.exec(note);
  let reasons: ParseNote['reasons'] = null;
  if (coded) {
    try {
      const parsed = JSON.parse(coded[1] as string) as { grounds?: unknown; doubts?: unknown };
      if (Array.isArray(parsed.grounds) && Array.isArray(parsed.doubts) && [...parsed.grounds, ...parsed.doubts].every(isPart))
        reasons = { grounds: parsed.grounds as ReasonPart[], doubts: parsed.doubts as ReasonPart[] };
    } catch {
      reasons = null; // a note edited by hand: the English line stays
    }
  }
  return { confidence: Number(m[1]), reason: m[2] ?? '', reasons };
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** "claim word, code written; 2 unknown words" in the moderator's language (the English line when the note has no codes). */
export function reasonInLanguage(parse: ParseNote, t: Translate): string {
  if (!parse.reasons) return parse.reason;
  const say = (parts: readonly ReasonPart[]) =>
    parts
      .map(({ code, params = {} }) => {
        const topic = typeof params.topic === 'string' ? { topic: t(`parser.reasons.topics.${params.topic}`) } : {};
        return t(`parser.reasons.${code}`, { ...params, ...topic, count: typeof params.count === 'number' ? params.count : undefined });
      })
      .join(', ');
  // Grounds, then doubts: the same punctuation in the three UI languages.
  return [say(parse.reasons.grounds), say(parse.reasons.doubts)].filter(Boolean).join('; ');
}
