import type { BodyId } from '../model/bodies';
import { BODY_SCALES } from '../model/body-scales';
import { LIMITS } from '../model/limits';
import { PROVIDER_IDS, type ProviderId } from '../model/provider-ids';
import type { Credit } from '../model/schema';
import { cleanTitle, COMPLETION, fitTitle, sentenceTitle } from './completion';
import { LABELLED_CODE } from './course-code';
import { withStatedCategories } from './category';
import { readCredits } from './credits';
import { completionDate, findDates } from './dates';
import { PROVIDER_NAMES, PROVIDERS } from './registry';
import { cleanText, escapeRegExp, tidyLines } from './text';
import type { DetectedActivity } from './types';

/**
 * A certificate read as plain text (a PDF's text layer, OCR of a scan): the same reading rules as a
 * page, without a DOM. The issuer is found by its name or its web address on the certificate.
 */
export interface CertificateReading extends Omit<DetectedActivity, 'sourceUrl' | 'certificateUrl'> {
  provider: ProviderId | null;
  /** The issuer's name as printed, when it is not one of the known providers. */
  organizer: string;
  /** Whether the text says it is a completion ("Certificate of Completion", "has completed"). */
  looksComplete: boolean;
  /** Fields read by a guess (a heading taken for the title, an unlabelled date among several), for the user to check. */
  unsure: Array<'title' | 'completedOn' | 'credits' | 'provider'>;
}

/** Lines that are a certificate's chrome, never its course. */
const CHROME_LINE =
  /^(certificate( of (completion|achievement|attendance|participation))?|congratulations.*|this (is to )?certif(y|ies) that|awarded to|presented to|is hereby awarded|has (successfully )?completed( the( course)?)?|for (successfully )?completing|in recognition of.*|date.*|signature.*|director.*|page \d+( of \d+)?|\d.*)$/i;
const TITLE_LABEL = /^(?:course|course title|course name|program|activity|activity title|title)\s*:\s*(.{3,})$/im;
/** A labelled code, or ACE's course numbers, which its certificates print bare. */
const CODE_LABEL = new RegExp(String.raw`${LABELLED_CODE.source}|\b((?:CEP|CP|CA|CS|CL)\d{5,6})\b`, 'i');

/** Hosts of the known providers ("acefitness.org"), from their match patterns. */
const PROVIDER_HOSTS: Array<[string, ProviderId]> = PROVIDERS.flatMap((p) =>
  p.matches.flatMap((m): Array<[string, ProviderId]> => {
    const host = /^https:\/\/(?:\*\.)?([^/*]+)\//.exec(m)?.[1];
    return host ? [[host.replace(/^www\./, ''), p.id]] : [];
  }),
);

/** Provider names as written (acronyms case-sensitive: "ACE", never "ace"), with a body's full name where the body is the provider. */
const PROVIDER_NAMED: Array<[RegExp, ProviderId]> = PROVIDER_IDS.flatMap((id) => {
  const aliases = id in BODY_SCALES ? BODY_SCALES[id as BodyId].aliases : [];
  return [PROVIDER_NAMES[id], ...aliases].map(
    (name) => [new RegExp(`\\b${escapeRegExp(name)}\\b`, /\s/.test(name) ? 'i' : ''), id] as [RegExp, ProviderId],
  );
});

function providerOf(text: string): ProviderId | null {
  const lower = text.toLowerCase();
  for (const [host, id] of PROVIDER_HOSTS) if (lower.includes(host)) return id;
  // A body named on another provider's certificate is the approver ("approved by NASM for 0.4 CEUs"):
  // a provider that is no body wins, then the body named first.
  const named = PROVIDER_NAMED.flatMap(([name, id]) => {
    const at = text.search(name);
    return at === -1 ? [] : [{ id, at: at + (id in BODY_SCALES ? text.length : 0) }];
  });
  return named.sort((a, b) => a.at - b.at)[0]?.id ?? null;
}

/** The issuer's name when it is no known provider: a line naming an organisation ("… Institute", "… Academy"). */
const ORGANIZATION =
  /^(?:(?:issued|presented|provided|offered) by\s*:?\s*)?(.{0,80}\b(?:institute|academy|association|university|college|council|society|school|center|centre|board|education|learning|training)\b.{0,40})$/im;

function titleOf(text: string, lines: readonly string[]): { title: string; guessed: boolean } {
  const labelled = TITLE_LABEL.exec(text)?.[1] ?? sentenceTitle(text);
  if (labelled) return { title: labelled, guessed: false };
  // After "has completed" on its own line, the next line is the course.
  const after = lines.findIndex((line) => /(has|have) (successfully )?completed|for completing/i.test(line));
  if (after !== -1 && lines[after + 1] && !CHROME_LINE.test(lines[after + 1]))
    return { title: lines[after + 1], guessed: false };
  const heading = lines.find((line) => line.length >= 4 && !CHROME_LINE.test(line) && /[a-z]/i.test(line));
  return { title: heading ?? '', guessed: true };
}

/**
 * Reads one certificate's text: title, completion date, course code, credits with their bodies, and the
 * issuer. Never throws; fields not found are empty.
 */
export function readCertificateText(raw: string): CertificateReading {
  const text = tidyLines(raw.replace(/\r\n?/g, '\n'));
  const lines = text.split('\n').map((line) => cleanText(line));
  const provider = providerOf(text);
  const siteBody = provider && provider in BODY_SCALES ? (provider as BodyId) : undefined;
  const credits: Credit[] = withStatedCategories(text, readCredits(text, siteBody).slice(0, LIMITS.credits));
  const { title, guessed } = titleOf(text, lines);
  const fitted = fitTitle(cleanTitle(cleanText(title)));
  const completedOn = completionDate(text) ?? '';
  const dates = new Set(findDates(text).map((d) => d.iso));
  const code = CODE_LABEL.exec(text);
  const organizer = provider ? '' : cleanText(ORGANIZATION.exec(text)?.[1]).slice(0, LIMITS.title);
  const unsure: CertificateReading['unsure'] = [];
  if (guessed || !fitted.title) unsure.push('title');
  if (!completedOn || (dates.size > 1 && !/complet|issued|awarded|date/i.test(text))) unsure.push('completedOn');
  if (credits.length === 0) unsure.push('credits');
  if (!provider && !organizer) unsure.push('provider');
  return {
    ...fitted,
    completedOn,
    courseCode: (code?.[1] ?? code?.[2])?.toUpperCase().slice(0, LIMITS.code) ?? null,
    credits,
    provider,
    organizer,
    looksComplete: COMPLETION.test(text),
    unsure,
  };
}
