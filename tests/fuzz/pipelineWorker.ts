/**
 * The pipeline in a worker thread, for the fuzz tests: each message is a
 * folder of files; the answer is what the property needs to know about the
 * timeline built from it, or the error it threw. A thread (not the test's
 * own) so that an input that never finishes can be stopped: a synchronous
 * hang in the test's thread would hang the whole suite with it.
 */
import { parentPort } from 'node:worker_threads';
import { buildTimeline } from '../../src/pipeline/index.ts';
import { parseTimeline } from '../../src/pipeline/schema.ts';
import type { FuzzReply, FuzzRequest } from './pipelineRunner.ts';

function describe(request: FuzzRequest): FuzzReply {
  const started = performance.now();
  let built;
  try {
    built = buildTimeline(request.files);
  } catch (error) {
    return { id: request.id, ok: false, stage: 'buildTimeline', error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  const ms = performance.now() - started;
  let timeline;
  try {
    timeline = parseTimeline(built);
  } catch (error) {
    return { id: request.id, ok: false, stage: 'parseTimeline', error: error instanceof Error ? error.message : String(error) };
  }
  const fileOf = new Map(timeline.sources.map((s) => [s.id, s.file]));
  return {
    id: request.id,
    ok: true,
    ms,
    sources: timeline.sources.map((s) => s.file),
    events: timeline.events.map((e) => ({ id: e.id, start: e.date.start, files: [...new Set(e.mentions.map((m) => fileOf.get(m.source) ?? '?'))] })),
    diagnostics: timeline.diagnostics.map((d) => `${d.level}: ${d.file}: ${d.message}`),
  };
}

parentPort!.on('message', (request: FuzzRequest) => parentPort!.postMessage(describe(request)));
