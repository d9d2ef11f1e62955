/**
 * Terraform plans (`terraform show -json`): the entry point of the plan loader, which lives in
 * `plan/` (reading, parsing, configuration references, values, resources, source mapping).
 */
export { loadPlan, loadPlanText, type PlanLoad } from './plan/load.js';
export { mapPlanLocations, mapPlanProviderLocations, declaringCandidates } from './plan/locations.js';
export { moduleText, parseResourceAddress } from './plan/address.js';
