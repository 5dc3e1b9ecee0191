// The server's password rules and strength score, run in the browser as the user types.
import commonText from '../../../shared/passwords/common-passwords.txt?raw';
import {
  parseCommonPasswords, passwordProblem, passwordStrength, PASSWORD_MIN_LENGTH, type PasswordProblem, type PasswordStrength,
} from '../../../shared/passwords/password-policy.ts';

const common = parseCommonPasswords(commonText);

export { PASSWORD_MIN_LENGTH };

export function passwordIssue(password: string, username: string): PasswordProblem | null {
  return passwordProblem(password, username, common);
}

export function strengthOf(password: string, username: string): PasswordStrength {
  return passwordStrength(password, username, common);
}
