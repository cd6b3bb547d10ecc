import type { Diagnostic, Published } from './schema.ts';

/** One file of the seeds folder as read from disk. */
export interface ArticleFile {
  /** Path relative to the seeds folder, with forward slashes. */
  path: string;
  bytes: Uint8Array;
  /** Size on disk, when the bytes were not read because it is over the limit. */
  size?: number;
  /** Why the file could not be read at all (permissions, a broken link…). */
  error?: string;
}

/** Per-file facts a journalist knows, from front matter or sources.yaml. */
export interface ArticleFacts {
  title?: string;
  outlet?: string;
  url?: string;
  author?: string;
  language?: string;
  /** ISO date or timestamp. */
  published?: string;
}

/** A block of the raw article left out of the cleaned text, and why. */
export interface DroppedBlock {
  line: number;
  text: string;
  reason: string;
}

/** An article after ingest: cleaned text plus what is known about it. */
export interface Article {
  file: string;
  /** The encoding the file was read in (utf-8, windows-1251…). */
  encoding: string;
  /** The cleaned text: every offset in the contract points into it. */
  text: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  author: string | null;
  language: string;
  published: Published | null;
  /** Where each metadata field came from (dateline, front-matter, sources.yaml…). */
  provenance: Partial<Record<keyof ArticleFacts, string>>;
  dropped: DroppedBlock[];
  diagnostics: Diagnostic[];
}
