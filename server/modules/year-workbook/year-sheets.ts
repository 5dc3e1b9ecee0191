import type { YearSheet } from './year-sheet.ts';
import { membersYearSheet } from '../members/members.year-sheet.ts';
import { childrenYearSheet } from '../members/members-children.year-sheet.ts';
import { statusChangesYearSheet } from '../members/members-status.year-sheet.ts';
import { registrationsYearSheet } from '../emulation/registrations.year-sheet.ts';
import { resultsYearSheet } from '../emulation/results.year-sheet.ts';
import { initiativesYearSheet } from '../emulation/initiatives.year-sheet.ts';
import { commendationsYearSheet } from '../emulation/commendations.year-sheet.ts';
import { collectiveAwardsYearSheet } from '../emulation/collective-awards.year-sheet.ts';
import { classificationYearSheet } from '../emulation/classification.year-sheet.ts';
import { movementsYearSheet } from '../emulation/movements.year-sheet.ts';
import { fundsYearSheet } from '../finance/funds.year-sheet.ts';
import { fundAmountsYearSheet } from '../finance/fund-amounts.year-sheet.ts';
import { duesBasesYearSheet } from '../finance/dues-bases.year-sheet.ts';
import { notDueYearSheet } from '../finance/not-due.year-sheet.ts';
import { unionRatesYearSheet } from '../finance/union-rates.year-sheet.ts';
import { ledgerYearSheet } from '../finance/ledger.year-sheet.ts';
import { memberPaymentsYearSheet } from '../finance/member-payments.year-sheet.ts';
import { disclosuresYearSheet } from '../finance/disclosures.year-sheet.ts';
import { welfareYearSheet } from '../finance/welfare.year-sheet.ts';
import { bloodDonationsYearSheet } from '../finance/blood-donations.year-sheet.ts';
import { activitiesYearSheet } from '../activities/activities.year-sheet.ts';
import { attendanceYearSheet } from '../activities/attendance.year-sheet.ts';
import { culturalFamiliesYearSheet } from '../activities/cultural-families.year-sheet.ts';
import { documentsYearSheet } from '../documents/documents.year-sheet.ts';
import { targetsYearSheet } from '../plans/targets.year-sheet.ts';
import { targetReadingsYearSheet } from '../plans/target-readings.year-sheet.ts';

// The sheets of the year workbook, in the order they import: members first (every other sheet points at them).
// One line per record kind; each sheet lives in its own module.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each sheet has its own row and lookup types
export const yearSheets: readonly YearSheet<any, any>[] = [
  membersYearSheet,
  childrenYearSheet,
  statusChangesYearSheet,
  registrationsYearSheet,
  resultsYearSheet,
  initiativesYearSheet,
  commendationsYearSheet,
  collectiveAwardsYearSheet,
  classificationYearSheet,
  // The movements before the activities and targets that name them; the funds before the vouchers, the vouchers
  // before the payments and welfare events that point at them by number.
  movementsYearSheet,
  fundsYearSheet,
  fundAmountsYearSheet,
  duesBasesYearSheet,
  notDueYearSheet,
  unionRatesYearSheet,
  ledgerYearSheet,
  memberPaymentsYearSheet,
  disclosuresYearSheet,
  welfareYearSheet,
  bloodDonationsYearSheet,
  activitiesYearSheet,
  attendanceYearSheet,
  culturalFamiliesYearSheet,
  documentsYearSheet,
  targetsYearSheet,
  targetReadingsYearSheet,
];
