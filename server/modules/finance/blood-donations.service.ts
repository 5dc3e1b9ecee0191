// Hiến máu tình nguyện: donations per member with cumulative counts ("từ 15 đến 20 lần"), including the donations a
// member made before the union began recording them here.
import type { Db } from '../../db/client.ts';
import { assertCan, type Caller } from '../../core/access.ts';
import { writeAudit } from '../../core/audit.ts';
import { today } from '../../core/clock.ts';
import { AppError, invalid, notFound } from '../../core/errors.ts';
import { formatDateVi } from '../../../shared/vi/dates.ts';
import type {
  BloodDonationInput, BloodDonationView, BloodDonationYearView, PriorCountInput,
} from '../../../shared/contracts/welfare.contract.ts';
import { assertWritable } from '../orgs/orgs.service.ts';
import {
  deleteDonation, findDonationYear, findFirstDonation, findPriorCount, insertDonation, upsertPriorCount,
} from './blood-donations.repo.ts';
import { findMembersInYear } from './welfare.repo.ts';

async function canWrite(db: Db, caller: Caller, orgId: number) {
  await assertCan(db, caller, orgId, 'finance.write', today());
  await assertWritable(db, orgId);
}

export async function recordBloodDonation(db: Db, caller: Caller, orgId: number, input: BloodDonationInput): Promise<BloodDonationView> {
  await canWrite(db, caller, orgId);
  if (input.donatedOn > today()) {
    throw invalid('donatedOn: Ngày hiến máu không sau hôm nay');
  }
  const year = Number(input.donatedOn.slice(0, 4));
  const member = (await findMembersInYear(db, orgId, [input.memberId], year)).get(input.memberId);
  if (!member) {
    throw invalid('memberId: Không tìm thấy đoàn viên này trong công đoàn');
  }
  if (!member.active) {
    throw invalid(`memberId: ${member.fullName} không sinh hoạt tại công đoàn trong năm ${year}`);
  }
  const prior = await findPriorCount(db, orgId, input.memberId);
  if (prior && input.donatedOn < prior.counted_before) {
    throw invalid(`donatedOn: Các lần hiến trước ngày ${formatDateVi(prior.counted_before)} đã tính trong số lần trước đó (${prior.count} lần)`);
  }
  try {
    const id = await db.transaction().execute(async (tx) => {
      const donationId = await insertDonation(tx, orgId, input, caller.userId);
      await writeAudit(tx, { orgId, userId: caller.userId, action: 'create', entity: 'blood_donation', entityId: donationId, after: input });
      return donationId;
    });
    return { id, ...input };
  } catch (err) {
    if ((err as { code?: string } | null)?.code === '23505') {
      throw new AppError('CONFLICT', `${member.fullName} đã có lần hiến máu ngày ${formatDateVi(input.donatedOn)}`);
    }
    throw err;
  }
}

export async function removeBloodDonation(db: Db, caller: Caller, orgId: number, donationId: number): Promise<void> {
  await canWrite(db, caller, orgId);
  await db.transaction().execute(async (tx) => {
    const removed = await deleteDonation(tx, orgId, donationId);
    if (!removed) {
      throw notFound('Không tìm thấy lần hiến máu');
    }
    await writeAudit(tx, { orgId, userId: caller.userId, action: 'delete', entity: 'blood_donation', entityId: donationId, before: removed });
  });
}

/** Số lần hiến trước khi ghi sổ: `count` donations before `countedBefore`; none recorded here may be earlier. */
export async function setPriorBloodCount(db: Db, caller: Caller, orgId: number, memberId: number, input: PriorCountInput) {
  await canWrite(db, caller, orgId);
  const year = Number(input.countedBefore.slice(0, 4));
  if (!(await findMembersInYear(db, orgId, [memberId], year)).has(memberId)) {
    throw notFound('Không tìm thấy đoàn viên');
  }
  const first = await findFirstDonation(db, orgId, memberId);
  if (first !== null && first < input.countedBefore) {
    throw invalid(`countedBefore: Đã ghi một lần hiến ngày ${formatDateVi(first)}, trước mốc này: nó sẽ bị tính hai lần`);
  }
  const before = await findPriorCount(db, orgId, memberId);
  await db.transaction().execute(async (tx) => {
    await upsertPriorCount(tx, orgId, memberId, input);
    await writeAudit(tx, { orgId, userId: caller.userId, action: before ? 'update' : 'create', entity: 'blood_donation_prior_count', entityId: memberId, before, after: input });
  });
  return { memberId, ...input };
}

export async function listBloodDonations(db: Db, caller: Caller, orgId: number, year: number): Promise<BloodDonationYearView> {
  await assertCan(db, caller, orgId, 'finance.read', today());
  const donors = await findDonationYear(db, orgId, year);
  const inYear = donors.flatMap((d) => d.inYear);
  return {
    year, donors,
    totals: { donations: inYear.length, donors: donors.filter((d) => d.inYear.length > 0).length, volumeMl: inYear.reduce((s, d) => s + d.volumeMl, 0) },
  };
}
