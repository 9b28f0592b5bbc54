import { BODIES, type BodyId } from '../../lib/model/bodies';
import { dedupKey } from '../../lib/model/dedup';
import { PROVIDER_IDS } from '../../lib/model/provider-ids';
import { activitySchema, FORMATS, type Activity } from '../../lib/model/schema';
import { creditHours } from '../../lib/model/units';

/** A small seeded generator, so every run measures the same log. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const TOPICS = [
  'Functional Training',
  'Corrective Exercise',
  'Nutrition for Athletes',
  'Aquatic Fitness',
  'Senior Fitness',
  'Kettlebell',
  'Mobility',
  'Sports Psychology',
  'Pain Science',
  'Ethics in Practice',
];
const BODY_CHOICES: BodyId[] = ['ace', 'nasm', 'acsm', 'nsca', 'afaa', 'aea', 'ancc', 'pmi'];

const made = new Map<string, Activity[]>();

/**
 * `count` schema-valid activities over ten years: several providers, 0-3 credits, some notes, unique dedup keys.
 * Made once per count and seed (each repeat of the bench measures the same log).
 */
export function syntheticActivities(count: number, seed = 42): Activity[] {
  const key = `${count}:${seed}`;
  const known = made.get(key);
  if (known) return known;
  const activities = makeActivities(count, seed);
  made.set(key, activities);
  return activities;
}

function makeActivities(count: number, seed: number): Activity[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const start = Date.UTC(2016, 0, 1);
  return Array.from({ length: count }, (_, i) => {
    const completedOn = new Date(start + Math.floor(next() * 3650) * 86_400_000).toISOString().slice(0, 10);
    const credits = Array.from({ length: Math.floor(next() * 4) }, () => {
      const body = next() < 0.8 ? pick(BODY_CHOICES) : undefined;
      const unit = body ? BODIES[body].unit : 'CEU';
      const amount = Math.round((0.1 + next() * 2) * 10) / 10;
      return {
        kind: body ? ('CEC' as const) : ('CEU' as const),
        amount,
        unit,
        ...(body ? { body } : {}),
        hours: creditHours({ amount, unit, body }),
      };
    });
    const manual = next() < 0.2;
    const content = {
      title: `${pick(TOPICS)}: Module ${i + 1}`,
      ...(manual ? { organizer: `Studio ${Math.floor(next() * 50)}` } : { provider: pick(PROVIDER_IDS) }),
      completedOn,
      credits,
      courseCode: manual ? null : `CEP${String(100000 + i)}`,
      format: manual ? pick(['workshop', 'seminar', 'conference'] as const) : pick(FORMATS),
      sourceUrl: manual ? null : `https://www.example.org/courses/${i}`,
      certificateUrl: null,
      ...(next() < 0.3 ? { notes: `Notes for activity ${i}: ${'reviewed and filed; '.repeat(3)}` } : {}),
    };
    const createdAt = Date.UTC(2026, 0, 1) + i * 1000;
    return activitySchema.parse({
      ...content,
      id: `bench-${i}`,
      capturedBy: manual ? 'manual' : 'detected',
      createdAt,
      updatedAt: createdAt,
      dedupKey: dedupKey(content),
    });
  });
}
