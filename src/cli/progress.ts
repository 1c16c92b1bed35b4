import type { Locale } from '../engine/rule.js';

/** Below this many files a run is over before a bar would be useful. */
export const PROGRESS_MIN_FILES = 200;

/** Whether to draw a progress bar: an interactive terminal, not CI, not --quiet, and a run long enough to need one. */
export function shouldShowProgress({ isTTY, env, quiet, total }: { isTTY: boolean | undefined; env: Record<string, string | undefined>; quiet: boolean; total: number }): boolean {
  const ci = env.CI !== undefined && env.CI !== '' && env.CI !== '0' && env.CI.toLowerCase() !== 'false';
  return isTTY === true && !ci && !quiet && total > PROGRESS_MIN_FILES && env.TERM !== 'dumb';
}

function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const m = Math.floor(s / 60);
  return m >= 60 ? `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}` : `${m}:${String(s % 60).padStart(2, '0')}`;
}

/** One line: bar, done/total, files per second and time left. Pure, so it is tested as text. */
export function renderProgress({ done, total, elapsedMs, width = 80, locale = 'zh-CN' }: { done: number; total: number; elapsedMs: number; width?: number; locale?: Locale }): string {
  const fraction = total > 0 ? Math.min(1, done / total) : 1;
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const eta = rate > 0 ? clock((total - done) / rate) : '--:--';
  const tail =
    locale === 'en'
      ? ` ${done}/${total} files  ${rate.toFixed(0)} files/s  ETA ${eta}`
      : ` ${done}/${total} 个文件  ${rate.toFixed(0)} 个/秒  剩余 ${eta}`;
  // The tail holds Han characters (two columns each) in zh-CN.
  const tailWidth = [...tail].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
  const barWidth = Math.max(10, Math.min(40, width - tailWidth - 3));
  const filled = Math.round(fraction * barWidth);
  return `[${'█'.repeat(filled)}${'░'.repeat(barWidth - filled)}]${tail}`;
}

/** Draws the bar on a terminal stream, at most ten times a second, and erases it at the end. */
export class ProgressBar {
  private done = 0;
  private lastDraw = 0;
  private readonly start = Date.now();

  constructor(
    private readonly stream: { write(text: string): unknown; columns?: number },
    private readonly total: number,
    private readonly locale: Locale,
  ) {}

  tick(count = 1): void {
    this.done += count;
    const now = Date.now();
    if (now - this.lastDraw < 100 && this.done < this.total) return;
    this.lastDraw = now;
    this.stream.write(`\r${renderProgress({ done: this.done, total: this.total, elapsedMs: now - this.start, width: this.stream.columns ?? 80, locale: this.locale })}\x1b[K`);
  }

  finish(): void {
    this.stream.write('\r\x1b[K');
  }
}
