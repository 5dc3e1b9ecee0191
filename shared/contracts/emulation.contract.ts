import { z } from 'zod';
import { idRef, isoDate, optionalText } from './common.contract.ts';

// Thi đua – khen thưởng: the records of a union's emulation year (../shared/domain/emulation.md).
// Judging them against the rules in force in the year is the rules module's job, not this contract's.

export const yearSchema = z.coerce.number().int().min(1990, 'Năm từ 1990').max(2100, 'Năm đến 2100');
/** Individual titles: Lao động tiên tiến, Chiến sĩ thi đua cơ sở. */
export const titleCode = z.enum(['ldtt', 'cstdcs']);
export type TitleCode = z.infer<typeof titleCode>;
/** Staff rating grades (Nghị định 90/2020, 48/2023), also the union's classification grades (Hướng dẫn 1294/HD-TLĐ). */
export const gradeCode = z.enum(['htxsnv', 'httnv', 'htnv', 'khtnv']);
export type GradeCode = z.infer<typeof gradeCode>;
export const issuerLevel = z.enum(['central', 'province', 'district', 'commune', 'grassroots']);
export type IssuerLevel = z.infer<typeof issuerLevel>;
export const awardStatus = z.enum(['proposed', 'decided']);
export const holderCode = z.enum(['union', 'host']);
export const commendationForm = z.enum(['giay_khen', 'bang_khen', 'co_thi_dua', 'other']);
export const disciplineForm = z.enum(['reprimand', 'warning', 'demotion', 'removal', 'dismissal']);

export const titleLabels: Record<TitleCode, string> = { ldtt: 'Lao động tiên tiến', cstdcs: 'Chiến sĩ thi đua cơ sở' };
export const gradeLabels: Record<GradeCode, string> = { htxsnv: 'HTXSNV', httnv: 'HTTNV', htnv: 'HTNV', khtnv: 'KHTNV' };

const name = (max: number, what: string) => z.string().trim().min(2, `Nhập ${what}`).max(max, `Tối đa ${max} ký tự`);

export const movementInput = z.strictObject({
  year: yearSchema,
  name: name(300, 'tên phong trào'),
  content: optionalText(5000),
  launchedOn: isoDate,
  /** Chỉ tiêu the movement serves, one sentence each. */
  targets: z.array(z.string().trim().min(2, 'Chỉ tiêu từ 2 ký tự').max(300, 'Chỉ tiêu tối đa 300 ký tự')).max(20, 'Tối đa 20 chỉ tiêu').default([]),
});

/** A registration: for a title, or (title 'rating') for the staff rating aimed at. */
export const registrationInput = z.strictObject({
  year: yearSchema,
  memberId: idRef,
  title: z.enum(['ldtt', 'cstdcs', 'rating']),
  targetRating: gradeCode.exclude(['khtnv']).nullish().transform((v) => v ?? null),
  registeredOn: isoDate.optional(),
}).refine((r) => r.title !== 'rating' || r.targetRating !== null, { path: ['targetRating'], message: 'Chọn mức xếp loại đăng ký' });
export type RegistrationInput = z.infer<typeof registrationInput>;

export const collectiveRegistrationInput = z.strictObject({
  year: yearSchema,
  holder: holderCode,
  goal: name(200, 'mục tiêu đăng ký'),
  registeredOn: isoDate.optional(),
});

export const decisionInput = z.strictObject({
  number: z.string().trim().min(1, 'Nhập số quyết định').max(60),
  issuedOn: isoDate,
  issuer: name(200, 'cơ quan ban hành'),
  issuerLevel,
});
export type DecisionInput = z.infer<typeof decisionInput>;

export const ratingInput = z.strictObject({
  year: yearSchema,
  memberId: idRef,
  grade: gradeCode,
  decisionId: idRef.nullish().transform((v) => v ?? null),
});

export const disciplineInput = z.strictObject({
  memberId: idRef,
  form: disciplineForm,
  decidedOn: isoDate,
  reason: optionalText(1000),
  decisionId: idRef.nullish().transform((v) => v ?? null),
});

export const initiativeInput = z.strictObject({
  year: yearSchema,
  title: name(500, 'tên sáng kiến'),
  authorIds: z.array(idRef).min(1, 'Chọn ít nhất một tác giả').max(20),
  decisionId: idRef.nullish().transform((v) => v ?? null),
  recognisedOn: isoDate.nullish().transform((v) => v ?? null),
});

/** An administrator records a decided title whose conditions or cap fail, with a reason kept in the audit log. */
export const overrideInput = z.strictObject({
  reason: z.string().trim().min(5, 'Nhập lý do ghi đè (ít nhất 5 ký tự)').max(1000, 'Tối đa 1000 ký tự'),
});
export type OverrideInput = z.infer<typeof overrideInput>;

/** A result: proposed, or decided at once when the chairperson gives its decision. */
export const resultInput = z.strictObject({
  year: yearSchema,
  memberId: idRef,
  title: titleCode,
  decisionId: idRef.nullish().transform((v) => v ?? null),
  override: overrideInput.nullish().transform((v) => v ?? null),
});

export const commendationInput = z.strictObject({
  year: yearSchema,
  memberId: idRef.nullish().transform((v) => v ?? null),
  collectiveName: optionalText(200),
  form: commendationForm,
  issuer: name(200, 'cơ quan khen thưởng'),
  issuerLevel,
  reason: optionalText(1000),
  cashAmount: z.number().int('Số tiền là số nguyên đồng').min(0).max(1_000_000_000_000).nullish().transform((v) => v ?? null),
  decisionId: idRef.nullish().transform((v) => v ?? null),
}).refine((c) => (c.memberId === null) !== (c.collectiveName === null), {
  path: ['memberId'], message: 'Chọn một đoàn viên hoặc nhập tên tập thể (chỉ một trong hai)',
});

export const collectiveAwardInput = z.strictObject({
  year: yearSchema,
  holder: holderCode,
  kind: z.enum(['title', 'prize']),
  name: name(200, 'tên danh hiệu hoặc giải thưởng'),
  prizeRank: optionalText(60),
  issuer: name(200, 'cơ quan công nhận'),
  issuerLevel,
  decisionId: idRef.nullish().transform((v) => v ?? null),
});

export const decideInput = z.strictObject({ decisionId: idRef, override: overrideInput.nullish().transform((v) => v ?? null) });

export const classificationInput = z.strictObject({ selfGrade: gradeCode.nullable() });
export const classificationDecisionInput = z.strictObject({ grade: gradeCode, decisionId: idRef });

const decisionView = z.object({ id: z.number(), number: z.string(), issuedOn: z.string(), issuer: z.string(), issuerLevel });
export type DecisionView = z.infer<typeof decisionView>;
const memberRef = { memberId: z.number(), memberName: z.string(), category: z.string() };

export const emulationYear = z.object({
  year: z.number(),
  movements: z.array(z.object({ id: z.number(), name: z.string(), content: z.string().nullable(), launchedOn: z.string(), targets: z.array(z.string()) })),
  registrations: z.array(z.object({
    id: z.number(), ...memberRef, title: z.enum(['ldtt', 'cstdcs', 'rating']), targetRating: gradeCode.nullable(), registeredOn: z.string(),
  })),
  collectiveRegistrations: z.array(z.object({ id: z.number(), holder: holderCode, goal: z.string(), registeredOn: z.string() })),
  ratings: z.array(z.object({ id: z.number(), ...memberRef, grade: gradeCode, decision: decisionView.nullable() })),
  disciplines: z.array(z.object({
    id: z.number(), ...memberRef, form: disciplineForm, decidedOn: z.string(), reason: z.string().nullable(), decision: decisionView.nullable(),
  })),
  initiatives: z.array(z.object({
    id: z.number(), title: z.string(), authors: z.array(z.object({ memberId: z.number(), memberName: z.string() })),
    decision: decisionView.nullable(), recognisedOn: z.string().nullable(),
  })),
  results: z.array(z.object({
    id: z.number(), ...memberRef, title: titleCode, status: awardStatus, decision: decisionView.nullable(), cashAmount: z.number().nullable(),
  })),
  commendations: z.array(z.object({
    id: z.number(), memberId: z.number().nullable(), memberName: z.string().nullable(), collectiveName: z.string().nullable(),
    form: commendationForm, issuer: z.string(), issuerLevel, reason: z.string().nullable(), status: awardStatus,
    cashAmount: z.number().nullable(), decision: decisionView.nullable(),
  })),
  collectiveAwards: z.array(z.object({
    id: z.number(), holder: holderCode, kind: z.enum(['title', 'prize']), name: z.string(), prizeRank: z.string().nullable(),
    issuer: z.string(), issuerLevel, status: awardStatus, decision: decisionView.nullable(),
  })),
  classification: z.object({ selfGrade: gradeCode.nullable(), decidedGrade: gradeCode.nullable(), decision: decisionView.nullable() }).nullable(),
  decisions: z.array(decisionView),
});
export type EmulationYear = z.infer<typeof emulationYear>;

/** What a member sees of their own year (the phone page). */
export const ownEmulation = z.object({
  year: z.number(),
  memberId: z.number(),
  orgId: z.number(),
  registrations: emulationYear.shape.registrations,
  results: emulationYear.shape.results,
});
export type OwnEmulation = z.infer<typeof ownEmulation>;

export const createdId = z.object({ id: z.number() });
