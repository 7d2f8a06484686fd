import { afterEach, describe, expect, it } from 'vitest';
import { createSettingsStore } from '../../electron/store/settingsStore.js';
import { PoliciesListOutputSchema } from '../../shared/contract/subsidySchemas.js';
import { defaultStationConfig } from '../../shared/station/defaultStationConfig.js';
import { startTestHost } from '../support/testHost.js';

// Issue #13: the station's district decides which policies are offered. A city's own policies appear only
// at that city's stations; the province's appear everywhere. Real host, real SQLite file, seeded catalog.

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

async function policiesAt(districtCode: string): Promise<string[]> {
  const kiosk = startTestHost();
  cleanups.push(() => kiosk.close());
  createSettingsStore(kiosk.host.db).saveStationConfig({ ...defaultStationConfig, districtCode }, new Date());
  const answer = await kiosk.host.router.dispatch('policies.list', {});
  if (!answer.ok) throw new Error(answer.error.code);
  return PoliciesListOutputSchema.parse(answer.value).policies.map((policy) => policy.id);
}

describe('policies offered by the station\'s district', () => {
  it('offers Heze\'s own policies at a Heze station and not Qingdao\'s', async () => {
    const ids = await policiesAt('371702');
    expect(ids).toEqual(expect.arrayContaining(['community-work-space', 'social-insurance-subsidy-heze', 'startup-subsidy']));
    expect(ids).not.toContain('job-seeking-subsidy');
    expect(ids).not.toContain('skill-upgrade-subsidy');
  });

  it('offers Qingdao\'s own policies at a Qingdao station and not Heze\'s', async () => {
    const ids = await policiesAt('370202');
    expect(ids).toEqual(expect.arrayContaining(['job-seeking-subsidy', 'skill-upgrade-subsidy', 'free-vocational-training', 'startup-subsidy']));
    expect(ids).not.toContain('community-work-space');
  });

  it('offers only the province\'s policies in a city with none of its own', async () => {
    const ids = await policiesAt('370102');
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).toContain('startup-subsidy');
    expect(ids).not.toContain('community-work-space');
    expect(ids).not.toContain('job-seeking-subsidy');
  });
});
