import { addDays } from '../model/calendar';
import type { Certification } from '../model/schema';
import { cycleStart } from '../tally/renewal';

export interface PacketCycle {
  start: string;
  end: string;
  /** The cycle the certification is in now (its cycle end as entered); the others came before it. */
  current: boolean;
}

/** The certification as it stood in the cycle that ends on `cycleEnd`: the same rules, that cycle's dates. */
export function inCycle<T extends Pick<Certification, 'cycleEnd'>>(certification: T, cycleEnd: string): T {
  return { ...certification, cycleEnd };
}

/**
 * The certification's current cycle and the ones before it, newest first, back to the one that holds
 * `oldest` (the log's first completion), at least one past cycle and at most `max` cycles in all.
 */
export function packetCycles(
  certification: Pick<Certification, 'cycleEnd' | 'cycleMonths'>,
  oldest: string | undefined,
  max = 10,
): PacketCycle[] {
  const cycles: PacketCycle[] = [];
  let end = certification.cycleEnd;
  while (cycles.length < max) {
    const start = cycleStart(end, certification.cycleMonths);
    cycles.push({ start, end, current: cycles.length === 0 });
    if (cycles.length >= 2 && (oldest === undefined || oldest >= start)) break;
    end = addDays(start, -1);
  }
  return cycles;
}

export function cycleLabel(cycle: PacketCycle): string {
  return `${cycle.current ? 'Current cycle' : 'Past cycle'}: ${cycle.start} to ${cycle.end}`;
}
