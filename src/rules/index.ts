import type { Rule } from './rule.js';
import { rule as rg001 } from './rg001-root-access-key.js';
import { rule as rg002 } from './rg002-root-deny-scp-missing.js';
import { rule as rg003 } from './rg003-root-deny-scp-ineffective.js';
import { rule as rg004 } from './rg004-centralized-root-access-disabled.js';
import { rule as rg005 } from './rg005-root-guardrail-removed.js';
import { rule as rg006 } from './rg006-lockout-resource-policy.js';
import { rule as rg007 } from './rg007-mfa-delete-needs-root.js';
import { rule as rg008 } from './rg008-unrestricted-assume-root.js';
import { rule as rg009 } from './rg009-root-activity-unmonitored.js';
import { rule as rg010 } from './rg010-root-mfa-disabled.js';
import { rule as rg011 } from './rg011-accounts-created-with-root-credentials.js';
import { rule as rg012 } from './rg012-root-deny-scp-blocks-root-sessions.js';

export const rules: readonly Rule[] = [
  rg001,
  rg002,
  rg003,
  rg004,
  rg005,
  rg006,
  rg007,
  rg008,
  rg009,
  rg010,
  rg011,
  rg012,
];
