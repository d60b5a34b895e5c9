import { useTranslation } from 'react-i18next';
import { Isolated } from '../../widgets/Isolated';

/** OBS's scenes in its own order as thumbnails; a click shows the scene (through preview in studio mode). */
export function ObsScenes({
  scenes,
  thumbnails,
  programScene,
  previewScene,
  studioMode,
  busy,
  onSwitch,
  onRefresh,
}: {
  scenes: string[];
  thumbnails: Record<string, string>;
  programScene: string | null;
  previewScene: string | null;
  studioMode: boolean;
  busy: boolean;
  onSwitch: (scene: string) => void;
  onRefresh: () => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="obs-section" aria-labelledby="obs-scenes-title">
      <div className="obs-section-head">
        <h3 id="obs-scenes-title" className="section-title">
          {t('obs.scenes')}
        </h3>
        {studioMode && (
          <span className="obs-studio-mode" data-testid="obs-studio-mode">
            {t('obs.studioMode')}
          </span>
        )}
        <button type="button" className="ghost obs-small" onClick={onRefresh} data-testid="obs-refresh-scenes">
          {t('obs.refresh')}
        </button>
      </div>
      <ul className="obs-scenes" data-testid="obs-scenes">
        {scenes.map((scene) => {
          const program = scene === programScene;
          const preview = studioMode && scene === previewScene;
          return (
            <li key={scene}>
              <button
                type="button"
                className={`obs-scene${program ? ' program' : ''}${preview ? ' preview' : ''}`}
                onClick={() => onSwitch(scene)}
                disabled={busy}
                aria-pressed={program}
                title={t('obs.switchTo', { scene })}
                data-testid="obs-scene"
                data-scene={scene}
                data-program={program ? 'true' : 'false'}
              >
                {thumbnails[scene] ? <img src={thumbnails[scene]} alt="" /> : <span className="obs-thumb-empty" aria-hidden />}
                <span className="obs-scene-name">
                  <Isolated>{scene}</Isolated>
                </span>
                {program && <span className="obs-tag obs-tag-program">{t('obs.program')}</span>}
                {preview && <span className="obs-tag obs-tag-preview">{t('obs.preview')}</span>}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
