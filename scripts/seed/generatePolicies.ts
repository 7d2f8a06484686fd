import { PolicySchema, type Policy } from '../../shared/catalog/policy.js';
import { hezePolicies } from './policies/hezePolicies.js';
import { provincePolicies } from './policies/provincePolicies.js';
import { qingdaoPolicies } from './policies/qingdaoPolicies.js';
import { validateAll, writeJsonFile } from './writeJson.js';

// Builds the shipped policy catalog from scripts/seed/policies/*.ts, where each fact sits beside the
// sentence it rests on. A unit test rebuilds it and fails on any difference from the checked-in JSON.

export const policiesJsonUrl = new URL('../../assets/catalog/policies.json', import.meta.url);

export function buildPolicies(): Policy[] {
  return validateAll(PolicySchema, [...provincePolicies, ...hezePolicies, ...qingdaoPolicies], 'policies');
}

export function writePoliciesJson(): Policy[] {
  const policies = buildPolicies();
  writeJsonFile(policiesJsonUrl, policies);
  return policies;
}
