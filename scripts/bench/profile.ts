/**
 * A short reading of a V8 .cpuprofile (node --cpu-prof): which pipeline
 * functions the time is spent under, and which code spends it.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  totalMs: number;
  /** Inclusive time of functions in src/pipeline, largest first. */
  pipeline: { name: string; ms: number }[];
  /** Self time by where the code lives: a src/pipeline folder, a package, the GC. */
  owners: { owner: string; ms: number }[];
}

function owner(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  const src = /\/(src\/pipeline\/[^/]+)\//.exec(url);
  if (src) return src[1]!;
  if (url.startsWith('node:')) return 'node internals';
  return url.replace(/^.*\/(scripts\/)/, '$1');
}

export function summarizeProfile(path: string, top = 10): ProfileSummary {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const timeAt = new Map<number, number>();
  profile.samples.forEach((id, i) => timeAt.set(id, (timeAt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));

  const inclusive = new Map<string, number>();
  const self = new Map<string, number>();
  let total = 0;
  for (const [id, us] of timeAt) {
    total += us;
    const node = byId.get(id)!;
    const who = owner(node.callFrame.url, node.callFrame.functionName);
    self.set(who, (self.get(who) ?? 0) + us);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const { functionName, url } = byId.get(at)!.callFrame;
      const file = /\/(src\/pipeline\/.*)$/.exec(url)?.[1];
      if (!file) continue;
      const name = `${functionName || '(anonymous)'} (${file})`;
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + us);
    }
  }
  const sorted = <K extends string>(m: Map<string, number>, key: K) =>
    [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, us]) => ({ [key]: k, ms: us / 1000 }) as Record<K, string> & { ms: number });
  return { totalMs: total / 1000, pipeline: sorted(inclusive, 'name'), owners: sorted(self, 'owner') };
}
