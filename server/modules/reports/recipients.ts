// Nơi nhận follows the tree. A recipient line is free text kept in the union's profile (or in one draft), so
// a line naming a body that has since ended (the district federations ended on 01/07/2025) is flagged in the
// editor for that report's date, with the upper body of that date offered in its place.
import { toSearchKey } from '../../../shared/vi/search-key.ts';
import { formatDateVi } from '../../../shared/vi/dates.ts';

export interface EndedBody {
  id: number;
  name: string;
  shortName: string;
  endedOn: string;
}

export interface RecipientWarning {
  /** Position of the line in the report's recipients. */
  index: number;
  line: string;
  endedOrgId: number;
  message: string;
  /** The upper body on the report's date (short name), or null when the union has none. */
  replacement: string | null;
}

/** Compared without case, diacritics, the leading dash and the ending punctuation: "- LĐLĐ Thị xã;" → "ldld thi xa". */
export function recipientKey(line: string): string {
  return toSearchKey(line.replace(/^[\s\-–]+/, '').replace(/[\s;.,:]+$/, ''));
}

/**
 * The rule, kept simple on purpose: a line names a body when its key equals the key of one of the body's names
 * or short names, or is the beginning of one of them in whole words and at least two words long
 * ("LĐLĐ Thị xã" names "LĐLĐ thị xã Hương Trà"; "LĐLĐ" alone names nothing).
 */
export function namesBody(line: string, names: readonly string[]): boolean {
  const key = recipientKey(line);
  if (!key) {
    return false;
  }
  const longEnough = key.split(' ').length >= 2;
  return names.some((name) => {
    const target = recipientKey(name);
    return target === key || (longEnough && target.startsWith(`${key} `));
  });
}

/**
 * Flags each line that names a body once above the union and ended by the report's date. `ended` holds one
 * row per name the body had (see orgs' endedAncestorsOf); the first row of a body carries its latest name.
 */
export function flagEndedRecipients(lines: readonly string[], ended: readonly EndedBody[], replacement: string | null): RecipientWarning[] {
  const bodies = new Map<number, { shown: string; endedOn: string; names: string[] }>();
  for (const e of ended) {
    const body = bodies.get(e.id) ?? { shown: e.shortName, endedOn: e.endedOn, names: [] };
    body.names.push(e.name, e.shortName);
    bodies.set(e.id, body);
  }
  const warnings: RecipientWarning[] = [];
  lines.forEach((line, index) => {
    for (const [id, body] of bodies) {
      if (namesBody(line, body.names)) {
        warnings.push({
          index, line, endedOrgId: id, message: `${body.shown} đã kết thúc ${formatDateVi(body.endedOn)}`, replacement,
        });
        return;
      }
    }
  });
  return warnings;
}
