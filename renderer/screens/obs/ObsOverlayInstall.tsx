import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandOutput, ObsStatusPayload } from '../../../shared/contract';
import { Isolated } from '../../widgets/Isolated';

type InstallResult = CommandOutput<'obs.installOverlay'>;

/** "Add overlay to OBS" into the ticked scenes, and which overlay mode this OBS uses. */
export function ObsOverlayInstall({
  scenes,
  mode,
  result,
  busy,
  onInstall,
}: {
  scenes: string[];
  mode: ObsStatusPayload['overlayMode'];
  result: InstallResult | null;
  busy: boolean;
  onInstall: (scenes: string[]) => void;
}) {
  const { t } = useTranslation();
  // Every scene starts ticked (the common case, overlay everywhere, is one click): remember only the unticked.
  const [unticked, setUnticked] = useState<Set<string>>(new Set());
  const toggle = (scene: string) => {
    const next = new Set(unticked);
    if (next.has(scene)) next.delete(scene);
    else next.add(scene);
    setUnticked(next);
  };
  const picked = scenes.filter((s) => !unticked.has(s));

  return (
    <section className="obs-section" aria-labelledby="obs-overlay-title">
      <h3 id="obs-overlay-title" className="section-title">
        {t('obs.overlay')}
      </h3>
      <p className="obs-mode" data-testid="obs-overlay-mode" data-mode={mode ?? 'none'}>
        {mode ? t(`obs.mode.${mode}`) : t('obs.modeNone')}
      </p>
      <div className="obs-checks">
        {scenes.map((scene) => (
          <label key={scene} className="obs-check">
            <input
              type="checkbox"
              checked={!unticked.has(scene)}
              onChange={() => toggle(scene)}
              data-testid="obs-overlay-scene"
              data-scene={scene}
            />
            <Isolated>{scene}</Isolated>
          </label>
        ))}
      </div>
      <button
        type="button"
        className="primary"
        disabled={busy || picked.length === 0}
        onClick={() => onInstall(picked)}
        data-testid="obs-install-overlay"
      >
        {t('obs.addOverlay')}
      </button>
      {result && (
        <p className="muted obs-result" data-testid="obs-overlay-result">
          {result.created.length ? t('obs.created', { count: result.created.length }) : t('obs.upToDate')}
        </p>
      )}
    </section>
  );
}
