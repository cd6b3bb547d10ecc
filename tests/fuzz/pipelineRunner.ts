/**
 * Runs the pipeline on a folder of files in a worker thread with a time
 * bound (see pipelineWorker.ts). An input that runs past the bound stops the
 * worker (V8 can terminate even a busy loop) and comes back as a hang; the
 * next input gets a fresh worker, warmed up (its TypeScript loaded) before
 * that input's bound starts.
 */
import { Worker } from 'node:worker_threads';
import type { ArticleFile } from '../../src/pipeline/types.ts';

export interface FuzzRequest {
  id: number;
  files: ArticleFile[];
}

export interface EventSummary {
  id: string;
  start: string;
  /** The files whose mentions the event cites. */
  files: string[];
}

export type FuzzReply =
  | { id: number; ok: true; ms: number; sources: string[]; events: EventSummary[]; diagnostics: string[] }
  | { id: number; ok: false; stage: 'buildTimeline' | 'parseTimeline' | 'time bound'; error: string };

const BOOT = new URL('./bootWorker.mjs', import.meta.url);
/** Loading the pipeline's TypeScript in a new worker takes seconds on a busy machine; it is not the input's time. */
const WARM_UP_MS = 120_000;
const ENTRY = new URL('./pipelineWorker.ts', import.meta.url).href;

export class PipelineRunner {
  private worker: Worker | undefined;
  private next = 0;

  private start(): Worker {
    // The main thread's stack (about 1 MB), not a worker's default 4 MB: input nested deep enough to overflow the
    // CLI's stack must overflow here too.
    const worker = new Worker(BOOT, { workerData: { entry: ENTRY }, resourceLimits: { stackSizeMb: 1 } });
    worker.unref();
    return worker;
  }

  /** The pipeline's answer for `files`, or a hang after `boundMs`. */
  async run(files: ArticleFile[], boundMs: number): Promise<FuzzReply> {
    if (!this.worker) {
      this.worker = this.start();
      const warm = await this.send(this.worker, [], WARM_UP_MS);
      if (!warm.ok) throw new Error(`the pipeline worker did not start: ${warm.error}`);
    }
    return this.send(this.worker, files, boundMs);
  }

  private send(worker: Worker, files: ArticleFile[], boundMs: number): Promise<FuzzReply> {
    const id = this.next++;
    return new Promise((done, fail) => {
      const stop = (): void => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        clearTimeout(timer);
      };
      const onMessage = (reply: FuzzReply): void => {
        if (reply.id !== id) return;
        stop();
        done(reply);
      };
      const onError = (error: Error): void => {
        stop();
        this.worker = undefined;
        fail(error);
      };
      const timer = setTimeout(() => {
        stop();
        this.worker = undefined;
        void worker.terminate();
        done({ id, ok: false, stage: 'time bound', error: `no result within ${boundMs} ms` });
      }, boundMs);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.postMessage({ id, files } satisfies FuzzRequest);
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = undefined;
  }
}
