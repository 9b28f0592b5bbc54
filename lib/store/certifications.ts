import type { z } from 'zod';
import type { CeTallyDb } from './db';
import { certificationSchema, type Certification } from '../model/schema';
import { requirementRules } from '../model/requirement-defaults';

/** What the user enters; id and times are CE Tally's. */
export const certificationInputSchema = certificationSchema
  .omit({ id: true, createdAt: true, updatedAt: true })
  .superRefine((input, ctx) => {
    if (input.body !== 'other') return;
    if (!input.unit)
      ctx.addIssue({ code: 'custom', path: ['unit'], message: 'Enter the unit this body counts in, e.g. "CE credit"' });
    if (input.hoursPerUnit === undefined)
      ctx.addIssue({ code: 'custom', path: ['hoursPerUnit'], message: 'Enter the contact hours one unit is worth' });
  });
export type CertificationInput = z.infer<typeof certificationInputSchema>;

export async function createCertification(
  db: CeTallyDb,
  input: CertificationInput,
  now = Date.now(),
): Promise<Certification> {
  const parsed = certificationInputSchema.parse(input);
  const certification = certificationSchema.parse({
    ...parsed,
    // The body's rules written in, as version 4 of the database does for older certifications.
    rules: requirementRules(parsed),
    id: crypto.randomUUID(),
    createdAt: now,
    updatedAt: now,
  });
  await db.certifications.add(certification);
  return certification;
}

/** Replaces what the user can edit; a refusal (bad input, unknown id) writes nothing. */
export async function updateCertification(
  db: CeTallyDb,
  id: string,
  input: CertificationInput,
  now = Date.now(),
): Promise<Certification> {
  const parsed = certificationInputSchema.parse(input);
  return db.transaction('rw', db.certifications, async () => {
    const existing = await db.certifications.get(id);
    if (!existing) throw new Error('This certification is no longer in CE Tally');
    // Rules the input does not give stay as they were, or become the new body's when the body changed.
    const rules =
      parsed.rules ?? (existing.body === parsed.body ? existing.rules : undefined) ?? requirementRules(parsed);
    const certification = certificationSchema.parse({
      ...parsed,
      rules,
      id,
      createdAt: existing.createdAt,
      updatedAt: now,
    });
    await db.certifications.put(certification);
    return certification;
  });
}

/** Returns what was removed, so that Undo can put it back exactly. */
export async function deleteCertification(db: CeTallyDb, id: string): Promise<Certification | undefined> {
  return db.transaction('rw', db.certifications, async () => {
    const certification = await db.certifications.get(id);
    if (certification) await db.certifications.delete(id);
    return certification;
  });
}

export async function restoreCertification(db: CeTallyDb, certification: Certification): Promise<void> {
  await db.certifications.put(certificationSchema.parse(certification));
}
