/**
 * The oEmbed answer for the timeline (https://oembed.com, type "rich"):
 * what a CMS that discovers /oembed.json through the page's
 * <link rel="alternate" type="application/json+oembed"> pastes for a reader.
 */
export interface OEmbedInput {
  title: string;
  providerName: string;
  /** The site's main page, when its address is known. */
  providerUrl?: string;
  html: string;
  width: number;
  height: number;
}

export interface OEmbed {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url?: string;
  html: string;
  width: number;
  height: number;
}

export function oembed({ title, providerName, providerUrl, html, width, height }: OEmbedInput): OEmbed {
  return {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: providerName,
    ...(providerUrl ? { provider_url: providerUrl } : {}),
    html,
    width,
    height,
  };
}
