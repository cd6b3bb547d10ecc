/**
 * Progress of a build on stderr. A person at a terminal sees one live line
 * that counts the seconds (redrawn in place, short enough for any width)
 * under the stages done so far, each with the time it was reached;
 * a log file or CI gets plain `timeline: …` lines, one per stage, with no
 * control characters.
 */

/** The part of a stream progress needs: a test passes a fake one. */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface Progress {
  /** A stage finished: `message` says what it did. */
  stage(message: string): void;
  /** Stops the live line and clears it. */
  done(): void;
}

export interface ProgressOptions {
  /** Milliseconds between redraws of the live line. */
  intervalMs?: number;
  now?: () => number;
}

const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
const CLEAR_LINE = '\r\x1b[2K';

/** "4.2 s", "1 min 05 s": elapsed time a person reads at a glance. */
export function formatElapsed(ms: number): string {
  const s = ms / 1000;
  if (s < 60) return `${s.toFixed(1)} s`;
  const minutes = Math.floor(s / 60);
  return `${minutes} min ${String(Math.floor(s - minutes * 60)).padStart(2, '0')} s`;
}

/** Plain lines: what the CLI has always printed, one per stage. */
function lineProgress(stream: ProgressStream): Progress {
  return {
    stage: (message) => void stream.write(`timeline: ${message}\n`),
    done: () => {},
  };
}

/** A live line at a terminal: the spinner and the seconds tick while the pipeline works off the main thread. */
function terminalProgress(stream: ProgressStream, options: ProgressOptions): Progress {
  const now = options.now ?? (() => performance.now());
  const started = now();
  let frame = 0;
  const draw = (): void => {
    frame = (frame + 1) % SPINNER.length;
    stream.write(`${CLEAR_LINE}timeline: ${SPINNER[frame]} ${formatElapsed(now() - started)}`);
  };
  const timer = setInterval(draw, options.intervalMs ?? 100);
  // The timer must never keep the process alive on its own.
  timer.unref();
  draw();
  return {
    stage(message) {
      stream.write(`${CLEAR_LINE}timeline: ${message} (${formatElapsed(now() - started)})\n`);
      draw();
    },
    done() {
      clearInterval(timer);
      stream.write(CLEAR_LINE);
    },
  };
}

/** The progress display for `stream`: live at a terminal, plain lines otherwise. */
export function createProgress(stream: ProgressStream, options: ProgressOptions = {}): Progress {
  return stream.isTTY ? terminalProgress(stream, options) : lineProgress(stream);
}
