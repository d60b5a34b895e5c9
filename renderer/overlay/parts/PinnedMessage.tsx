import type { Pinned } from '../../../shared/contract';
import { displayText } from '../../../shared/overlay/format';
import type { OverlayStrings } from '../../../shared/overlay/i18n';

/** A pinned chat message, or a question with its answer. */
export function PinnedMessage({ pinned, strings }: { pinned: Pinned; strings: OverlayStrings }) {
  return (
    <aside className={`pinned ${pinned.kind}`} data-testid="pinned">
      <header className="pinned-head">
        <span className="pinned-kind">{pinned.kind === 'question' ? strings.question : strings.pinned}</span>
        <bdi className="pinned-author" data-testid="pinned-author">
          {displayText(pinned.author)}
        </bdi>
      </header>
      <p className="pinned-text" data-testid="pinned-text">
        <bdi>{displayText(pinned.text)}</bdi>
      </p>
      {pinned.answer && (
        <p className="pinned-answer" data-testid="pinned-answer">
          <bdi>{displayText(pinned.answer)}</bdi>
        </p>
      )}
    </aside>
  );
}
