import type { Activity } from '../model/schema';
import { activitiesByDate } from '../store/activities';
import type { CeTallyDb } from '../store/db';
import { cycleStart } from '../tally/renewal';
import { packetCycles, type PacketCycle } from './cycles';
import { packetSummary, type PacketSummary } from './summary';

/** A packet asked for something the log no longer holds: said in words a user can act on. */
export class PacketError extends Error {
  override name = 'PacketError';
}

/** What a packet is of: a certification, and the end of one of its cycles (the current one when absent). */
export interface PacketRequest {
  certificationId: string;
  cycleEnd?: string;
}

/**
 * The summary of a certification's cycle, read from the log: the cycle's activities (through the date
 * index: a narrow cycle never loads the whole log) and which have their certificate file on record (keys
 * only: no file is read).
 */
export async function readPacketSummary(db: CeTallyDb, request: PacketRequest, today: string): Promise<PacketSummary> {
  const certification = await db.certifications.get(request.certificationId);
  if (!certification) throw new PacketError('This certification is no longer in CE Tally: it may have been deleted.');
  const cycle = await cycleOf(db, certification, request.cycleEnd);
  const activities = await activitiesByDate(db, { from: cycle.start, to: cycle.end }, 'oldest');
  const fileIds = activities.flatMap((a) => (a.certificateFileId ? [a.certificateFileId] : []));
  const onFile = new Set(await db.certificates.where(':id').anyOf(fileIds).primaryKeys());
  const hasCertificate = (a: Activity) => a.certificateFileId !== undefined && onFile.has(a.certificateFileId);
  return packetSummary(certification, cycle, activities, hasCertificate, today);
}

async function cycleOf(
  db: CeTallyDb,
  certification: { cycleEnd: string; cycleMonths: number },
  cycleEnd: string | undefined,
): Promise<PacketCycle> {
  if (cycleEnd === undefined || cycleEnd === certification.cycleEnd)
    return {
      start: cycleStart(certification.cycleEnd, certification.cycleMonths),
      end: certification.cycleEnd,
      current: true,
    };
  const cycle = (await cyclesOf(db, certification)).find((c) => c.end === cycleEnd);
  if (!cycle) throw new PacketError(`No cycle of this certification ends on ${cycleEnd}.`);
  return cycle;
}

/** The cycles a packet can be made of: the current one and those before it, back to the log's first completion. */
export async function cyclesOf(
  db: CeTallyDb,
  certification: { cycleEnd: string; cycleMonths: number },
): Promise<PacketCycle[]> {
  const oldest = await db.activities.orderBy('completedOn').first();
  return packetCycles(certification, oldest?.completedOn);
}
