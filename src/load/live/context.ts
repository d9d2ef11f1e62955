import type { ApiSession } from './api.js';
import type { LiveClients } from './clients.js';
import type { Notes } from './notes.js';

/** What every reader of the live organization shares. */
export interface ReadContext {
  readonly session: ApiSession;
  readonly clients: LiveClients;
  readonly notes: Notes;
}

/** Page size for every Organizations list call: the service's maximum. */
export const PAGE_SIZE = 20;

/** Rule ids the loader reports unverified checks for (the loader knows which facts each needs). */
export const RULES = {
  rootAccessKey: 'RG001',
  rootDenyMissing: 'RG002',
  rootDenyIneffective: 'RG003',
  centralizedRootAccess: 'RG004',
  rootMfa: 'RG010',
} as const;
