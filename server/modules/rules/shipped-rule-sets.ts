// The rule sets shipped with congdoan, one JSON file each under shipped/, checked by the same schema as an
// administrator's. They are loaded at boot by key (rules.service.ts: ensureShippedRuleSets), never over an
// administrator's change.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ruleSetInput, type RuleSetParsed } from '../../../shared/contracts/rules.contract.ts';
import { AppError } from '../../core/errors.ts';
import { validationError } from '../../core/http.ts';

export const SHIPPED_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'shipped');

/** Parses a rule set from JSON text; a wrong one throws the first problem, naming the field, in Vietnamese. */
export function parseRuleSetJson(text: string, origin: string): RuleSetParsed {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new AppError('VALIDATION', `${origin}: không phải JSON hợp lệ`);
  }
  const parsed = ruleSetInput.safeParse(raw);
  if (!parsed.success) {
    const err = validationError(parsed.error.issues);
    throw new AppError('VALIDATION', `${origin}: ${err.message}`, err.details);
  }
  return parsed.data;
}

export function readShippedRuleSets(dir = SHIPPED_DIR): RuleSetParsed[] {
  return fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
    .map((f) => parseRuleSetJson(fs.readFileSync(path.join(dir, f), 'utf8'), f));
}
