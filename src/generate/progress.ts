/**
 * The progress line of a long generate run: a bar, the percentage, the rate and the time
 * left, e.g. "[########------------]  40% 400.000/1.000.000 tin bài · 1.850 tin/giây · còn 5 phút 24 giây".
 * Pure: the caller gives the counts and the elapsed time.
 */

const BAR_WIDTH = 20;
const NUMBER = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const formatNumber = (n: number): string => NUMBER.format(n);

export function progressLine(done: number, total: number, elapsedMs: number): string {
  const fraction = total === 0 ? 1 : Math.min(1, done / total);
  const filled = Math.round(fraction * BAR_WIDTH);
  const bar = `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}]`;
  const percent = `${String(Math.floor(fraction * 100)).padStart(3)}%`;
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const left = rate > 0 ? formatDuration(((total - done) / rate) * 1000) : '…';
  return `${bar} ${percent} ${formatNumber(done)}/${formatNumber(total)} tin bài · ${formatNumber(Math.round(rate))} tin/giây · còn ${left}`;
}

/** 324_000 → "5 phút 24 giây"; under a second → "0 giây". */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  if (h > 0) return `${h} giờ ${m} phút`;
  if (m > 0) return `${m} phút ${s} giây`;
  return `${s} giây`;
}
