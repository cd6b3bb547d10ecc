// @ts-check
import { defineConfig } from 'astro/config';
import { csp, cspCheck } from './src/integrations/csp.ts';

// A static site: every page is rendered at build time, so it reads with
// JavaScript off and can be hosted anywhere.
export default defineConfig({
  output: 'static',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // A strict Content-Security-Policy on every page (<meta>, and dist/_headers for hosts that read it):
  // scripts and styles only from the site itself or by hash, no 'unsafe-inline'. See src/integrations/csp.ts.
  security: { csp },
  integrations: [cspCheck()],
});
