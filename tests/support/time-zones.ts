import { afterAll, beforeAll } from 'vitest';

/** Far east (UTC+14), far west (UTC-11), and zones with summer time (one with a half-hour shift). */
export const TIME_ZONES = [
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'America/New_York',
  'Australia/Lord_Howe',
  'UTC',
] as const;

/** Runs the enclosing describe block's tests with the process in `zone` (Node reads TZ again when it changes). */
export function inTimeZone(zone: string): void {
  const before = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = zone;
  });
  afterAll(() => {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  });
}
