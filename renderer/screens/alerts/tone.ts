/**
 * A short tone per alert kind, made with Web Audio (no sound file to ship): a rising two-note chime
 * for an order, a single note for a question, a low double beep for OBS trouble or a chat source.
 * Browsers allow sound only after the page had a click or a key press; before that it stays silent.
 */
let context: AudioContext | null = null;

const NOTES: Record<string, number[]> = { order: [660, 880], question: [740], frames: [330, 330], chat: [392, 330] };

export function playAlertTone(kind: string): void {
  try {
    const Ctx = globalThis.AudioContext;
    if (!Ctx) return;
    context ??= new Ctx();
    const start = context.currentTime;
    (NOTES[kind] ?? [660]).forEach((freq, i) => {
      const osc = context!.createOscillator();
      const gain = context!.createGain();
      osc.frequency.value = freq;
      const t0 = start + i * 0.16;
      gain.gain.setValueAtTime(0.0001, t0);
      gain.gain.exponentialRampToValueAtTime(0.2, t0 + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, t0 + 0.14);
      osc.connect(gain).connect(context!.destination);
      osc.start(t0);
      osc.stop(t0 + 0.15);
    });
  } catch {
    // No audio device: the banner alone.
  }
}
