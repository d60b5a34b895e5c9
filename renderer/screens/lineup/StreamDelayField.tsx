import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Show } from '../../../shared/contract';
import type { StudioClient } from '../../lib/studio-client';
import type { RunCommand } from '../../lib/use-command';

/**
 * The show's stream delay (buyers see the stream 5–30 s late): claims the studio receives within it
 * after a flash deal ends still get the deal price. Saved when the field is left.
 */
export function StreamDelayField({ client, show, run }: { client: StudioClient; show: Show; run: RunCommand }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(String(show.streamDelaySeconds));
  useEffect(() => setValue(String(show.streamDelaySeconds)), [show.streamDelaySeconds]);
  const save = () => {
    const seconds = Number(value);
    if (!Number.isInteger(seconds) || seconds === show.streamDelaySeconds) return setValue(String(show.streamDelaySeconds));
    void run(() => client.call('show.update', { showId: show.id, streamDelaySeconds: seconds }));
  };
  return (
    <label className="field stream-delay" title={t('liveTruth.streamDelayHint')}>
      <span>{t('liveTruth.streamDelay')}</span>
      <input
        type="number"
        min={0}
        max={120}
        step={1}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        onBlur={save}
        onKeyDown={(e) => e.key === 'Enter' && save()}
        disabled={show.state === 'ended'}
        data-testid="stream-delay"
      />
      <small className="muted">{t('liveTruth.streamDelayHint')}</small>
    </label>
  );
}
