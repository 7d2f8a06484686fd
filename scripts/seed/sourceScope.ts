import { seedSources, type SeedSource } from './jobTemplates.js';

// Where each seed document applies (issue #13): a listing or course may only cite a document that is in force
// in its district. The Heze plan binds Heze, the Qingdao plan binds Qingdao, the two provincial documents bind
// all of Shandong, and the CDPF bulletin is national.

/** District-code prefix (the city) a document is limited to; absent = the whole province or beyond. */
const cityPrefixOf: Readonly<Partial<Record<SeedSource, string>>> = {
  [seedSources.hezeMicroJobs]: '3717',
  [seedSources.qingdaoPlan]: '3702',
};

export function sourceAppliesIn(source: SeedSource, districtCode: string): boolean {
  const prefix = cityPrefixOf[source];
  return prefix === undefined || districtCode.startsWith(prefix);
}

/**
 * The first document in a preference list (most local first) that applies in the district, or undefined when
 * none does: then the kind of work cannot be listed there, because no seed document names it for that place.
 */
export function firstSourceIn(sources: readonly SeedSource[], districtCode: string): SeedSource | undefined {
  return sources.find((source) => sourceAppliesIn(source, districtCode));
}
