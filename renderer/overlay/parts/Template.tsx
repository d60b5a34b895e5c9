import type { ReactNode } from 'react';
import { splitTemplate } from '../../../shared/overlay/i18n';

/** Renders a translated template with elements in its slots: "{buyer} claimed {code}". */
export function Template(props: { template: string; slots: Record<string, ReactNode> }) {
  return (
    <>
      {splitTemplate(props.template).map((part, i) =>
        'text' in part ? <span key={i}>{part.text}</span> : <span key={i}>{props.slots[part.slot]}</span>,
      )}
    </>
  );
}
