import { z } from 'zod';

// The six categories printed on the 残疾人证 (第二代残疾人证, category digit 1–6; 7 = 多重).
export const disabilityCategories = [
  'visual', // 视力 1
  'hearing', // 听力 2
  'speech', // 言语 3
  'physical', // 肢体 4
  'intellectual', // 智力 5
  'mental', // 精神 6
] as const;
export const DisabilityCategorySchema = z.enum(disabilityCategories);
export type DisabilityCategory = z.infer<typeof DisabilityCategorySchema>;
