import { withStatedCategories } from '../detect/category';
import { findCredits, makeCredit, readCredits } from '../detect/credits';
import { cleanTitle, fitTitle } from '../detect/completion';
import { parseDate } from '../detect/dates';
import { cleanText } from '../detect/text';
import { bodyFromName } from '../detect/credits';
import { readCertificateText } from '../detect/certificate-text';
import type { BodyId } from '../model/bodies';
import { BODY_SCALES } from '../model/body-scales';
import { LIMITS } from '../model/limits';
import type { Credit } from '../model/schema';
import { UnreadableFile, type DraftField, type ImportDraft, type SourceFile } from './draft';

/**
 * Open Badges as people download them: baked into a PNG (an iTXt chunk keyed `openbadges`, 2.0, or
 * `openbadgecredential`, 3.0) or an SVG (`<openbadges:assertion>`, `<openbadges:credential>`), or as the
 * JSON itself (a 2.0 assertion, a 3.0 credential, plain or signed as a JWT). Nothing is fetched: a link
 * (a 2.0 assertion's badge class, a hosted assertion) is read for what it is, and the draft says what is missing.
 */

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const BADGE_KEYS = new Set(['openbadges', 'openbadgecredential']);
const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder('utf-8');

export function isPng(bytes: Uint8Array): boolean {
  return PNG_SIGNATURE.every((b, i) => bytes[i] === b);
}

async function inflate(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The baked badge's text in a PNG (iTXt, or tEXt as some bakers wrote it), or null when the PNG holds none. */
export async function pngBadgeText(bytes: Uint8Array): Promise<string | null> {
  if (!isPng(bytes)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 8; at + 12 <= bytes.length;) {
    const length = view.getUint32(at);
    const type = latin1.decode(bytes.subarray(at + 4, at + 8));
    const data = bytes.subarray(at + 8, Math.min(bytes.length, at + 8 + length));
    at += 12 + length;
    if (type === 'IEND') break;
    if (type !== 'iTXt' && type !== 'tEXt') continue;
    const keyEnd = data.indexOf(0);
    if (keyEnd < 0 || !BADGE_KEYS.has(latin1.decode(data.subarray(0, keyEnd)))) continue;
    if (type === 'tEXt') return latin1.decode(data.subarray(keyEnd + 1));
    const compressed = data[keyEnd + 1] === 1;
    // After the flags: language tag and translated keyword, each ending in a zero byte.
    const languageEnd = data.indexOf(0, keyEnd + 3);
    const translatedEnd = data.indexOf(0, languageEnd + 1);
    if (languageEnd < 0 || translatedEnd < 0) continue;
    const text = data.subarray(translatedEnd + 1);
    return utf8.decode(compressed ? await inflate(text) : text);
  }
  return null;
}

/** The badge in an SVG: the element's JSON (or JWT), else its `verify` link. */
export function svgBadgeText(svg: string): string | null {
  const element = /<openbadges:(assertion|credential)\b([^>]*?)(?:\/>|>([\s\S]*?)<\/openbadges:\1>)/i.exec(svg);
  if (!element) return null;
  const body = (element[3] ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '').trim();
  if (body) return body;
  return /\bverify\s*=\s*["']([^"']+)["']/i.exec(element[2])?.[1] ?? '';
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string => (typeof value === 'string' ? cleanText(value) : '');
const types = (value: Json): string[] => [value.type ?? []].flat().map(String);

function fromJwt(token: string): unknown {
  const payload = token.split('.')[1];
  if (!payload) return null;
  const json = utf8.decode(
    Uint8Array.from(atob(payload.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)),
  );
  const claims: unknown = JSON.parse(json);
  // VC-JWT 1.1 put the credential in a `vc` claim; 3.0's JWT is the credential itself.
  return isObject(claims) && isObject(claims.vc) ? claims.vc : claims;
}

/** The badge's JSON from its baked text: an object, a JWT, or (hosted verification) only a URL. */
export function parseBadgeText(raw: string): { json: Json } | { url: string } {
  const trimmed = raw.trim().replace(/^\uFEFF/, '');
  if (/^https?:\/\/\S+$/i.test(trimmed)) return { url: trimmed };
  let value: unknown;
  try {
    value = /^[\w-]+\.[\w-]+\.[\w-]*$/.test(trimmed) ? fromJwt(trimmed) : JSON.parse(trimmed);
  } catch {
    throw new UnreadableFile('holds a badge that is not valid JSON.');
  }
  if (!isObject(value)) throw new UnreadableFile('holds no Open Badges assertion or credential.');
  return { json: value };
}

function httpUrl(value: unknown): string | null {
  const url = text(value);
  return /^https?:\/\//i.test(url) && url.length <= LIMITS.url ? url : null;
}

function isoDate(value: unknown): string {
  const raw = text(value);
  return /^\d{4}-\d{2}-\d{2}/.test(raw) ? raw.slice(0, 10) : (parseDate(raw) ?? '');
}

/** A unit named in a badge's text, with the body before it if any ("ANCC contact hours", "CECs"). */
const UNIT_NAMED =
  /(?:\b[A-Z]{2,6}(?: ACE)?\s+)?\b(?:contact hours?|clock hours?|CE hours?|CE credits?|CECs?|CEUs?|PDUs?|PDHs?|CPE credits?)\b/;

/** Credits the badge states: its criteria or description text, else `creditsEarned` / `creditsAvailable` in the issuer's unit. */
function badgeCredits(statements: string[], stated: unknown, issuer: string): { credits: Credit[]; unsure: boolean } {
  const body: BodyId | undefined = bodyFromName(issuer) ?? (readCertificateText(issuer).provider as BodyId | undefined);
  const issuerBody = body && body in BODY_SCALES ? body : undefined;
  // The description's statements, with the category they state ("14 PMI PDUs: Ways of Working 10, Business Acumen 4").
  const text = statements.join('\n');
  const read = withStatedCategories(text, readCredits(text, issuerBody).slice(0, LIMITS.credits));
  const amount = typeof stated === 'number' ? stated : Number(stated);
  if (read.length > 0) {
    // creditsEarned is the amount this earner got; the text names its unit (and its one category, if any).
    if (amount > 0 && read.length === 1 && read[0].amount !== amount) {
      const [only, ...more] = read[0].categories ?? [];
      const categories = only && more.length === 0 ? { categories: [{ id: only.id, amount }] } : {};
      return { credits: [{ ...makeCredit(amount, read[0].unit, read[0].body), ...categories }], unsure: false };
    }
    return { credits: read, unsure: false };
  }
  if (amount > 0 && amount <= 1000) {
    // The criteria may name the unit without an amount ("ANCC contact hours"): the amount is the credential's.
    const named = UNIT_NAMED.exec(statements.join('\n'));
    const withUnit = named ? findCredits(`${amount} ${named[0]}`, issuerBody) : [];
    if (withUnit.length === 1) return { credits: withUnit, unsure: false };
    // No unit field in Open Badges: the issuer's body's unit, else a plain CEU, for the user to check.
    const unit = issuerBody ? BODY_SCALES[issuerBody].unit : 'CEU';
    return { credits: [makeCredit(amount, unit, issuerBody)], unsure: true };
  }
  return { credits: [], unsure: true };
}

/** A draft from an Open Badges 2.0 assertion or 3.0 credential (or a 2.0 badge class alone). */
export function draftFromBadge(
  fileName: string,
  badge: { json: Json } | { url: string },
  source?: SourceFile,
): ImportDraft {
  const unsure: DraftField[] = [];
  const missing: string[] = [];
  if ('url' in badge) {
    return {
      fileName,
      fields: { title: '', completedOn: '', credits: [], sourceUrl: null, certificateUrl: httpUrl(badge.url) },
      unsure: ['title', 'completedOn', 'credits', 'provider'],
      missing: [
        `The badge holds only a link to its assertion (${badge.url}); CE Tally fetches nothing: enter its title, date and credits.`,
      ],
      ...(source ? { source } : {}),
    };
  }
  const json = badge.json;
  const isCredential = types(json).some((t) => /Credential$/.test(t)) || isObject(json.credentialSubject);
  let title: string;
  let issuerName: string;
  let completedOn: string;
  let criteria: string[];
  let stated: unknown;
  let url: string | null;
  if (isCredential) {
    const subject = isObject(json.credentialSubject) ? json.credentialSubject : {};
    const achievement = isObject(subject.achievement) ? subject.achievement : {};
    title = text(achievement.name) || text(json.name);
    const issuer = json.issuer;
    issuerName = isObject(issuer) ? text(issuer.name) : '';
    if (!issuerName && typeof issuer === 'string') missing.push(`The issuer is only linked (${issuer}).`);
    completedOn = isoDate(json.awardedDate) || isoDate(json.validFrom) || isoDate(json.issuanceDate);
    const criteriaNode = isObject(achievement.criteria) ? achievement.criteria : {};
    criteria = [text(criteriaNode.narrative), text(achievement.description), text(json.description)];
    stated = subject.creditsEarned ?? achievement.creditsAvailable;
    url = httpUrl(json.id);
  } else {
    // 2.0: an assertion holds its badge class, or (Credly) only its address.
    const badgeClass = isObject(json.badge) ? json.badge : types(json).includes('BadgeClass') ? json : undefined;
    if (!badgeClass) {
      missing.push(
        `The badge class is only linked (${text(json.badge) || 'no address'}): its name, issuer and criteria are not in the file, and CE Tally fetches nothing. Enter the title and credits.`,
      );
    }
    title = text(badgeClass?.name);
    const issuer = badgeClass?.issuer;
    issuerName = isObject(issuer) ? text(issuer.name) : '';
    if (badgeClass && !issuerName && typeof issuer === 'string') missing.push(`The issuer is only linked (${issuer}).`);
    completedOn = isoDate(json.issuedOn);
    const criteriaNode = isObject(badgeClass?.criteria) ? badgeClass.criteria : {};
    criteria = [text(criteriaNode.narrative), text(badgeClass?.description), text(json.narrative)];
    url = httpUrl(isObject(json.verification) ? json.verification.url : undefined) ?? httpUrl(json.id);
  }
  if (!isCredential && !isObject(json.badge) && !types(json).some((t) => /Assertion|BadgeClass/.test(t)) && !title)
    throw new UnreadableFile('is JSON but not an Open Badges assertion or credential.');
  const reading = readCertificateText(issuerName);
  const credits = badgeCredits(criteria, stated, issuerName);
  if (!title) unsure.push('title');
  if (!completedOn) unsure.push('completedOn');
  if (credits.unsure) unsure.push('credits');
  const fitted = fitTitle(cleanTitle(title));
  return {
    fileName,
    fields: {
      ...fitted,
      completedOn,
      credits: credits.credits,
      courseCode: null,
      ...(reading.provider
        ? { provider: reading.provider }
        : issuerName
          ? { organizer: issuerName.slice(0, LIMITS.title) }
          : {}),
      sourceUrl: null,
      certificateUrl: url,
    },
    unsure,
    missing,
    ...(source ? { source } : {}),
  };
}
