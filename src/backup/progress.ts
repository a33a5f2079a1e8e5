/**
 * Progress of a backup, restore or data move, told to the operator: on a terminal a bar
 * redrawn in place, elsewhere (a log, a cron mail) one plain line per table.
 */
export interface Progress {
  /** `rows` of `total` rows of the table written so far (total unknown: undefined). */
  table(name: string, rows: number, total: number | undefined): void;
  /** The table is done. */
  tableDone(name: string, rows: number): void;
  /** A line of its own. */
  note(text: string): void;
}

export const SILENT_PROGRESS: Progress = { table() {}, tableDone() {}, note() {} };

/** Plain lines: one per table when it is done. */
export function lineProgress(out: (text: string) => void): Progress {
  return {
    table() {},
    tableDone(name, rows) {
      out(`  ${name}: ${rows} dòng\n`);
    },
    note(text) {
      out(`${text}\n`);
    },
  };
}

const BAR_WIDTH = 24;

/** A bar for the current table, redrawn at most every 100 ms, on a terminal. */
export function barProgress(out: (text: string) => void, now: () => number = Date.now): Progress {
  let lastDraw = 0;
  const draw = (name: string, rows: number, total: number | undefined) => {
    const share = total === undefined || total === 0 ? 1 : Math.min(1, rows / total);
    const filled = Math.round(share * BAR_WIDTH);
    out(`\r\x1b[2K  [${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${name}: ${rows}${total === undefined ? '' : `/${total}`} dòng`);
  };
  return {
    table(name, rows, total) {
      if (now() - lastDraw < 100) return;
      lastDraw = now();
      draw(name, rows, total);
    },
    tableDone(name, rows) {
      draw(name, rows, rows);
      out('\n');
      lastDraw = 0;
    },
    note(text) {
      out(`\r\x1b[2K${text}\n`);
    },
  };
}
