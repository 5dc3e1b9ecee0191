import { z } from 'zod';
import { isoDate } from './common.contract.ts';
import { evidenceKeySchema, ratingSchema } from './rule-content.contract.ts';

// Xếp loại CĐCS (Hướng dẫn 1294/HD-TLĐ): the self-assessment form of a union's year, and the thresholds an upper
// level sets for the unions beneath it. The scale itself is a rule set (rule-content.contract.ts: classification).

const points = z.number({ error: 'Điểm phải là số' }).min(0, 'Điểm không âm').max(1000, 'Điểm tối đa 1000')
  .refine((p) => Number.isInteger(Math.round(p * 10)) && Math.abs(p * 10 - Math.round(p * 10)) < 1e-9, 'Điểm có tối đa một chữ số thập phân');

export const classificationScoresInput = z.strictObject({
  scores: z.array(z.strictObject({
    indicator: z.string().regex(/^[a-z0-9][a-z0-9._]{0,29}$/, 'Mã chỉ tiêu không hợp lệ'),
    points,
    evidence: z.string().trim().max(1000, 'Minh chứng tối đa 1000 ký tự').nullish().transform((v) => v || null),
  })).max(100),
});
export type ClassificationScoresInput = z.infer<typeof classificationScoresInput>;

export const thresholdsInput = z.strictObject({
  validFrom: isoDate,
  htxsnvMin: points,
  httnvMin: points,
  htnvMin: points,
  note: z.string().trim().min(3, 'Ghi rõ căn cứ (văn bản, hướng dẫn của cấp trên)').max(500),
}).refine((t) => t.htxsnvMin > t.httnvMin && t.httnvMin > t.htnvMin, {
  message: 'Ngưỡng điểm giảm dần: Hoàn thành xuất sắc > Hoàn thành tốt > Hoàn thành nhiệm vụ', path: ['httnvMin'],
});
export type ThresholdsInput = z.infer<typeof thresholdsInput>;

const grade = z.object({ grade: ratingSchema, minPoints: z.number() });
/** Where the thresholds come from: the rule set, or an upper level's own setting. */
export const thresholdsView = z.object({
  grades: z.array(grade),
  source: z.enum(['rules', 'upper_level']),
  setBy: z.object({ orgId: z.number(), orgName: z.string(), validFrom: z.string(), note: z.string() }).nullable(),
  unverified: z.boolean(),
});

export const classificationForm = z.object({
  year: z.number(),
  kind: z.string(),
  scale: z.object({ key: z.string(), version: z.number(), name: z.string(), regulation: z.string(), verified: z.boolean() }),
  groups: z.array(z.object({
    code: z.string(), name: z.string(), maxPoints: z.number(), bonus: z.boolean(), points: z.number(), capped: z.boolean(),
    indicators: z.array(z.object({
      code: z.string(), text: z.string(), maxPoints: z.number(), unverified: z.boolean(),
      points: z.number().nullable(), evidence: z.string().nullable(),
      /** What congdoan's records say for it, when the scale names a fact. */
      fact: z.object({ key: evidenceKeySchema, text: z.string() }).nullable(),
    })),
  })),
  total: z.number(),
  grade: ratingSchema,
  thresholds: thresholdsView,
  /** As stored: the self-assessed grade, its points, and the upper body's decided grade. */
  selfGrade: ratingSchema.nullable(),
  selfPoints: z.number().nullable(),
  decidedGrade: ratingSchema.nullable(),
  decision: z.object({ number: z.string(), issuedOn: z.string(), issuer: z.string() }).nullable(),
});
export type ClassificationForm = z.infer<typeof classificationForm>;

export const thresholdsList = z.object({
  /** What applies to this organisation's unions on the date asked. */
  effective: thresholdsView,
  /** Thresholds this organisation set itself, latest first. */
  own: z.array(z.object({
    id: z.number(), validFrom: z.string(), htxsnvMin: z.number(), httnvMin: z.number(), htnvMin: z.number(), note: z.string(),
  })),
});
export type ThresholdsList = z.infer<typeof thresholdsList>;
