import { describe, expect, it } from 'vitest';
import { certificateStems, extensionOf, MAX_PART, packetFileName, safeNamePart } from '../../lib/packet/names';

const WINDOWS_FORBIDDEN = /[<>:"/\\|?*]|\p{Cc}/u;
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i;

/** What any of the usual file systems accepts: no forbidden character, no dot or space at an end, not a device. */
function expectPortable(name: string) {
  expect(name).not.toMatch(WINDOWS_FORBIDDEN);
  expect(name).not.toMatch(/^[ .]|[ .]$/);
  expect(name).not.toMatch(RESERVED);
  expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(255);
}

describe('certificate file names', () => {
  it('are YYYY-MM-DD_<title>_<provider>', () => {
    expect(
      certificateStems([{ completedOn: '2026-09-14', title: 'Functional Training in Water', provider: 'ACE' }]),
    ).toEqual(['2026-09-14_Functional Training in Water_ACE']);
    expect(certificateStems([{ completedOn: '2026-09-14', title: 'Kettlebells' }])).toEqual(['2026-09-14_Kettlebells']);
  });

  it('are unique when the same course comes twice, whatever the case', () => {
    const stems = certificateStems([
      { completedOn: '2026-01-05', title: 'Same title', provider: 'NASM' },
      { completedOn: '2026-01-05', title: 'Same title', provider: 'NASM' },
      { completedOn: '2026-01-05', title: 'SAME TITLE', provider: 'nasm' },
      { completedOn: '2026-01-05', title: 'Same title (2)', provider: 'NASM' },
    ]);
    expect(stems).toEqual([
      '2026-01-05_Same title_NASM',
      '2026-01-05_Same title_NASM (2)',
      '2026-01-05_SAME TITLE_nasm (3)',
      '2026-01-05_Same title (2)_NASM',
    ]);
    expect(new Set(stems.map((s) => s.toLowerCase())).size).toBe(stems.length);
  });

  it('turn slashes, colons and the other characters Windows refuses into dashes', () => {
    const [stem] = certificateStems([
      { completedOn: '2026-02-01', title: 'Hip/Knee \\ Ankle: "Q&A" <live> | part 1? *new*', provider: 'PESI' },
    ]);
    expect(stem).toBe('2026-02-01_Hip-Knee - Ankle - Q&A live - part 1 new_PESI');
    expectPortable(`${stem}.pdf`);
    expect(safeNamePart('../../etc/passwd')).toBe('etc-passwd');
    expect(safeNamePart('line\nbreak\ttab\u0007bell')).toBe('line break tab bell');
    expect(safeNamePart('Part 1: Basics')).toBe('Part 1 - Basics');
    expect(safeNamePart('10:30 AM lecture')).toBe('10-30 AM lecture');
  });

  it('drop emoji and keep letters of every script', () => {
    expect(safeNamePart('🏋️ Strength 💪🏽 for Runners 🇺🇸')).toBe('Strength for Runners');
    expect(safeNamePart('Ernährung für Läufer — Ćwiczenia, Упражнения, 運動')).toBe(
      'Ernährung für Läufer — Ćwiczenia, Упражнения, 運動',
    );
    // Decomposed accents are composed (macOS writes them decomposed; the zip holds one spelling).
    expect(safeNamePart('Cafe\u0301')).toBe('Café');
    expect(safeNamePart('🎉🎉')).toBe('');
    expect(certificateStems([{ completedOn: '2026-02-01', title: '🎉🎉' }])).toEqual(['2026-02-01_Untitled']);
  });

  it('cut a 300-character title to fit, without splitting a character', () => {
    const title = `${'Évaluation '.repeat(27)}fin`;
    expect(title.length).toBeGreaterThanOrEqual(300);
    const part = safeNamePart(title);
    expect(part.length).toBeLessThanOrEqual(MAX_PART);
    expect(part.endsWith('…')).toBe(true);
    const [stem] = certificateStems([{ completedOn: '2026-03-03', title, provider: 'x'.repeat(300) }]);
    expectPortable(`${stem}.pdf`);
    expect(stem.length).toBeLessThan(140);
    const flags = safeNamePart(`${'é'.repeat(MAX_PART - 2)}e\u0301e\u0301e\u0301`);
    expect(flags.normalize('NFC')).toBe(flags);
  });

  it('never make a Windows device name or hide a file behind a leading dot', () => {
    for (const title of ['CON', 'nul', 'Com1', 'LPT9', 'aux']) {
      expect(safeNamePart(title)).not.toMatch(RESERVED);
      expectPortable(safeNamePart(title));
      const [stem] = certificateStems([{ completedOn: '2026-01-01', title, provider: 'PRN' }]);
      expectPortable(`${stem}.pdf`);
    }
    expect(safeNamePart('...hidden. ')).toBe('hidden');
    expect(safeNamePart('. . .')).toBe('');
  });

  it('end with the extension of the stored type', () => {
    expect(['application/pdf', 'image/png', 'image/jpeg', 'image/webp', 'image/gif'].map(extensionOf)).toEqual([
      'pdf',
      'png',
      'jpg',
      'webp',
      'gif',
    ]);
  });
});

describe('the packet file name', () => {
  it('is ce-tally-<certification>-<cycle end>.zip', () => {
    expect(packetFileName('NASM-CPT', '2027-06-30')).toBe('ce-tally-NASM-CPT-2027-06-30.zip');
    expect(packetFileName('ACSM Certified Personal Trainer', '2027-12-31')).toBe(
      'ce-tally-ACSM-Certified-Personal-Trainer-2027-12-31.zip',
    );
    expect(packetFileName('CPT/CES 🏋️', '2027-12-31')).toBe('ce-tally-CPT-CES-2027-12-31.zip');
    expectPortable(packetFileName('AUX', '2027-12-31'));
  });
});
