import type { ReactNode } from 'react';

/**
 * Text that comes from outside the studio — a buyer's or customer's name, a chat line, a product
 * title, a note, a file's words — isolated from the text around it (issue 18): a right-to-left
 * override (U+202E) or Arabic/Hebrew letters inside it cannot reorder the label, the count or the
 * next column beside it. `<bdi>` is isolated by the HTML spec (unicode-bidi: isolate, direction from
 * its own first strong letter), so the text itself is shown exactly as written. The host window and
 * the console render such text only through these (tests/unit/renderer/bidi-isolation.test.ts walks
 * renderer/ for a raw `<bdi>` or an outside value rendered bare).
 */
export function Isolated({
  children,
  className,
  title,
  'data-testid': testId,
}: {
  children: ReactNode;
  className?: string;
  title?: string;
  'data-testid'?: string;
}) {
  return (
    <bdi className={className ? `isolated ${className}` : 'isolated'} title={title} data-testid={testId}>
      {children}
    </bdi>
  );
}

/** A buyer's or customer's name, isolated (see Isolated). */
export function BuyerName({ name, className, 'data-testid': testId }: { name: string; className?: string; 'data-testid'?: string }) {
  return (
    <Isolated className={className ? `buyer-name ${className}` : 'buyer-name'} data-testid={testId}>
      {name}
    </Isolated>
  );
}

/** A chat line's words (or any outside free text: a question, a note), isolated (see Isolated). Always text, never HTML. */
export function ChatText({ text, className, 'data-testid': testId }: { text: string; className?: string; 'data-testid'?: string }) {
  return (
    <Isolated className={className ? `chat-words ${className}` : 'chat-words'} data-testid={testId}>
      {text}
    </Isolated>
  );
}

/**
 * Outside text placed inside a translated sentence (a value of t(…)), where no element can wrap it:
 * the same isolation with Unicode's own marks, FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE.
 */
export function isolateText(text: string): string {
  return `\u2068${text}\u2069`;
}
