export { compareMemberNames, compareVietnamese, splitFullName, vietnameseSortKey } from './collation.ts';
export type { NameParts } from './collation.ts';
export { addDays, ageAt, daysBetween, documentDateLine, formatDateVi, isIsoDate, parseDateVi, todayIso } from './dates.ts';
export { dongInWords, formatDong, formatDongPlain } from './money.ts';
export { formatPercent, padCount } from './numbers.ts';
export { toSearchKey } from './search-key.ts';
