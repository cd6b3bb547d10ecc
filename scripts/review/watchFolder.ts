import { watch, type FSWatcher } from 'node:fs';

/**
 * How long the folder must be quiet before a rebuild: an editor's save is a
 * write, a rename and a chmod in a few milliseconds, and copying in ten
 * articles is ten events; one rebuild should follow, soon after the last.
 */
export const QUIET_MS = 150;

/**
 * Calls `onChange` with the changed paths once the folder (subfolders too) has been quiet for
 * `quietMs` after a change. Dot-files are ignored: they are not read by the
 * pipeline, and writeFileAtomic's temp files are dot-files.
 */
export function watchFolder(dir: string, onChange: (changed: string[]) => void, quietMs = QUIET_MS): { close(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const changed = new Set<string>();
  const watcher: FSWatcher = watch(dir, { recursive: true }, (_event, name) => {
    const path = typeof name === 'string' ? name : '';
    if (path.split(/[\\/]/).some((part) => part.startsWith('.'))) return;
    changed.add(path);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const names = [...changed].sort();
      changed.clear();
      onChange(names);
    }, quietMs);
  });
  // A folder removed while watched is not worth crashing the server over; the next build says it is gone.
  watcher.on('error', () => {});
  return {
    close() {
      clearTimeout(timer);
      watcher.close();
    },
  };
}
