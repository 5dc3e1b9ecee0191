import fs from 'node:fs';
import {
  parseCommonPasswords, passwordProblem, passwordProblemMessages,
} from '../../shared/passwords/password-policy.ts';
import { invalid } from './errors.ts';

const common = parseCommonPasswords(
  fs.readFileSync(new URL('../../shared/passwords/common-passwords.txt', import.meta.url), 'utf8'),
);

/** Throws a Vietnamese validation error on `field` unless the password follows the rules. */
export function assertPasswordAcceptable(password: string, username: string, field = 'password'): void {
  const problem = passwordProblem(password, username, common);
  if (problem) {
    const message = passwordProblemMessages[problem];
    throw invalid(`${field}: ${message}`, { issues: [{ path: field, message }] });
  }
}
