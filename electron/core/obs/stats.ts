/**
 * Stream health: GetStats, GetStreamStatus and GetRecordStatus in one batch,
 * with bitrate and "frames dropping" worked out against the previous sample.
 */
import type { ObsSocket, OBSResponseTypes, ResponseMessage } from './socket';
import type { ObsStats } from './types';

/** Output congestion (0..1) above this is worth a warning even before frames drop. */
const CONGESTION_WARNING = 0.5;

function data<T extends keyof OBSResponseTypes>(results: ResponseMessage[], type: T): OBSResponseTypes[T] | null {
  const result = results.find((r) => r.requestType === type);
  return result && result.requestStatus.result ? (result.responseData as OBSResponseTypes[T]) : null;
}

export class StatsSampler {
  private previous: ObsStats | null = null;

  reset(): void {
    this.previous = null;
  }

  async sample(socket: ObsSocket, now: number): Promise<ObsStats> {
    const results = await socket.callBatch([
      { requestType: 'GetStats' },
      { requestType: 'GetStreamStatus' },
      { requestType: 'GetRecordStatus' },
    ]);
    const stats = data(results, 'GetStats');
    if (!stats) throw new Error('OBS did not answer GetStats');
    const stream = data(results, 'GetStreamStatus');
    const record = data(results, 'GetRecordStatus');
    const previous = this.previous;

    const streamActive = stream?.outputActive ?? false;
    const streamBytes = stream?.outputBytes ?? 0;
    let bitrateKbps: number | null = null;
    if (streamActive && previous?.stream.active && now > previous.at && streamBytes >= previous.stream.bytes) {
      bitrateKbps = Math.round(((streamBytes - previous.stream.bytes) * 8) / (now - previous.at));
    }

    const sample: ObsStats = {
      at: now,
      activeFps: stats.activeFps,
      cpuUsage: stats.cpuUsage,
      memoryMb: stats.memoryUsage,
      renderSkippedFrames: stats.renderSkippedFrames,
      renderTotalFrames: stats.renderTotalFrames,
      outputSkippedFrames: stats.outputSkippedFrames,
      outputTotalFrames: stats.outputTotalFrames,
      stream: {
        active: streamActive,
        reconnecting: stream?.outputReconnecting ?? false,
        durationMs: stream?.outputDuration ?? 0,
        bytes: streamBytes,
        bitrateKbps,
        congestion: streamActive ? (stream?.outputCongestion ?? null) : null,
        skippedFrames: stream?.outputSkippedFrames ?? 0,
        totalFrames: stream?.outputTotalFrames ?? 0,
      },
      record: {
        active: record?.outputActive ?? false,
        paused: record?.outputPaused ?? false,
        durationMs: record?.outputDuration ?? 0,
        bytes: record?.outputBytes ?? 0,
      },
      droppingFrames: false,
      warning: null,
    };
    const warnings = frameWarnings(previous, sample);
    sample.droppingFrames = warnings.dropping;
    sample.warning = warnings.message;
    this.previous = sample;
    return sample;
  }
}

/** Counters only grow within one OBS run; a smaller number means OBS restarted, so compare from zero. */
const grew = (before: number | undefined, after: number) => (before === undefined || after < before ? after : after - before);

export function frameWarnings(previous: ObsStats | null, now: ObsStats): { dropping: boolean; message: string | null } {
  const render = grew(previous?.renderSkippedFrames, now.renderSkippedFrames);
  const encoder = grew(previous?.outputSkippedFrames, now.outputSkippedFrames);
  const network = now.stream.active ? grew(previous?.stream.skippedFrames, now.stream.skippedFrames) : 0;
  const messages: string[] = [];
  if (network > 0) messages.push(`${network} frames dropped on the network`);
  if (encoder > 0) messages.push(`${encoder} frames skipped by the encoder (CPU overloaded)`);
  if (render > 0) messages.push(`${render} frames skipped while rendering (GPU/CPU overloaded)`);
  if (now.stream.reconnecting) messages.push('stream reconnecting');
  else if (now.stream.congestion !== null && now.stream.congestion > CONGESTION_WARNING) {
    messages.push(`network congestion ${Math.round(now.stream.congestion * 100)}%`);
  }
  // The very first sample has nothing to compare with: old totals are not "dropping now".
  const dropping = previous !== null && network + encoder + render > 0;
  return { dropping, message: previous === null ? null : messages.length > 0 ? messages.join('; ') : null };
}
