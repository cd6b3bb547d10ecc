/**
 * The fonts the social image is drawn with. DejaVu Sans (Latin, Cyrillic,
 * Greek) is on most Linux machines and CI images; when its files are
 * there, only they are loaded, so what else is installed cannot change a
 * glyph. Elsewhere the system's fonts are read and DejaVu Sans asked for
 * by name (resvg then takes the nearest sans-serif).
 */
import { existsSync } from 'node:fs';

export const SOCIAL_FONT_FAMILY = 'DejaVu Sans';

/** Where Debian, Ubuntu, Fedora and Arch put DejaVu Sans and its bold. */
const FONT_DIRS = ['/usr/share/fonts/truetype/dejavu', '/usr/share/fonts/dejavu-sans-fonts', '/usr/share/fonts/TTF', '/usr/share/fonts/dejavu'];
const FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'];

export interface FontOptions {
  loadSystemFonts: boolean;
  fontFiles: string[];
  defaultFontFamily: string;
  sansSerifFamily: string;
}

export function socialFonts(dirs: readonly string[] = FONT_DIRS): FontOptions {
  for (const dir of dirs) {
    const files = FILES.map((f) => `${dir}/${f}`);
    if (files.every((f) => existsSync(f))) {
      return { loadSystemFonts: false, fontFiles: files, defaultFontFamily: SOCIAL_FONT_FAMILY, sansSerifFamily: SOCIAL_FONT_FAMILY };
    }
  }
  return { loadSystemFonts: true, fontFiles: [], defaultFontFamily: SOCIAL_FONT_FAMILY, sansSerifFamily: SOCIAL_FONT_FAMILY };
}
