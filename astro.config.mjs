// @ts-check
import { defineConfig } from 'astro/config';

// A static site: every page is rendered at build time, so it reads with
// JavaScript off and can be hosted anywhere.
export default defineConfig({
  output: 'static',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
