import type { Rule } from './rule.js';
import { rule as rg001 } from './rg001-root-access-key.js';
import { rule as rg002 } from './rg002-root-deny-scp-missing.js';
import { rule as rg003 } from './rg003-root-deny-scp-ineffective.js';
import { rule as rg004 } from './rg004-centralized-root-access-disabled.js';
import { rule as rg005 } from './rg005-root-guardrail-removed.js';
import { rule as rg010 } from './rg010-root-mfa-disabled.js';

export const rules: readonly Rule[] = [rg001, rg002, rg003, rg004, rg005, rg010];
