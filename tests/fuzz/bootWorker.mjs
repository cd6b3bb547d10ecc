// @ts-check
// A worker thread does not inherit the test runner's TypeScript loader: register tsx, then load the worker.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
