import { BODIES, type BodyId } from '../../lib/bodies';
import { addDays } from '../../lib/calendar';
import { dedupKey } from '../../lib/dedup';
import { PROVIDER_IDS } from '../../lib/detect/provider-ids';
import { FORMATS, type Activity, type ActivityDraft, type Credit } from '../../lib/schema';
import { creditHours } from '../../lib/units';

const FITNESS: BodyId[] = ['nasm', 'ace', 'acsm', 'nsca', 'afaa', 'issa', 'aea'];
const WORDS = ['Functional', 'Training', 'Older', 'Adults', 'Nutrition', 'Coaching', 'Youth', 'Strength', 'Aquatic', 'Mobility', 'Recovery', 'Ethics', 'Pain', 'Science', 'Program', 'Design'];

/** A small deterministic generator, so every run measures the same log. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 2 ** 32;
    return state / 2 ** 32;
  };
}

/** `count` activities valid against the schema, spread over ten years before `today`, as a long-time user's log. */
export function generatedActivities(count: number, today: string, seed = 1): Activity[] {
  const next = random(seed);
  const pick = <T,>(items: readonly T[]) => items[Math.floor(next() * items.length)];
  return Array.from({ length: count }, (_, i) => {
    const body = pick(FITNESS);
    const amount = Math.round((BODIES[body].hoursPerUnit === 10 ? 0.1 + next() * 0.9 : 1 + next() * 9) * 10) / 10;
    const credits: Credit[] = next() < 0.85 ? [{ kind: 'CEC', amount, unit: BODIES[body].unit, body, hours: creditHours({ amount, unit: BODIES[body].unit, body }) }] : [{ kind: 'CEU', amount: 0.5, unit: 'CEU', hours: 5 }];
    const draft: ActivityDraft = {
      title: `${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)} ${i}`,
      provider: pick(PROVIDER_IDS),
      completedOn: addDays(today, -Math.floor(next() * 3650)),
      credits,
      courseCode: `C${100000 + i}`,
      format: pick(FORMATS),
      sourceUrl: `https://www.example-provider.org/certificates/${i}`,
      certificateUrl: null,
      notes: next() < 0.2 ? 'Attended with the team; certificate emailed.' : undefined,
    };
    const stamp = Date.parse(`${draft.completedOn}T12:00:00Z`);
    return { ...draft, id: `bench-${seed}-${i}`, capturedBy: 'detected', createdAt: stamp, updatedAt: stamp, dedupKey: dedupKey(draft) };
  });
}
