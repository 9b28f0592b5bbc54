import { describe, expect, it } from 'vitest';
import { fitTitle } from '../../lib/detect/completion';
import { removeControls } from '../../lib/model/plain-text';
import { cleanText, elementText, repairMojibake, truncateText } from '../../lib/detect/text';
import { LIMITS } from '../../lib/model/limits';

/** Ordinary right-to-left text with its marks, and emoji built with joiners, skin tones and variation selectors. */
const RTL_AND_EMOJI = 'تمارين المقاومة لكبار السن\u200f · אימון התנגדות\u200e 💪🏽 🏋️‍♀️ 👩‍⚕️ 🇺🇸';

describe('removeControls', () => {
  it('removes C0 and C1 control characters and DEL', () => {
    expect(removeControls('Core\u0000 Training\u0007\u0008\u001b\u001f\u007f\u0080\u0085\u009b\u009f')).toBe(
      'Core Training',
    );
  });

  it('removes the bidi embeddings, overrides and isolates that make a title display as something else', () => {
    // Displayed, "\u202Efdp.exe" reads "exe.pdf"; stored without the override it reads as it is.
    expect(removeControls('Certificate \u202efdp.exe\u202c \u202aA\u202b \u2066B\u2067C\u2068D\u2069')).toBe(
      'Certificate fdp.exe A BCD',
    );
  });

  it('keeps right-to-left text, its marks, and emoji whole', () => {
    expect(removeControls(RTL_AND_EMOJI)).toBe(RTL_AND_EMOJI);
  });
});

describe('repairMojibake', () => {
  it.each([
    ['individualâ€™s', 'individual’s'],
    ['â€œWhyâ€\u009d', '“Why”'],
    ['â€˜quotedâ€™', '‘quoted’'],
    ['2024â€“2026 â€” Part 2â€¦', '2024–2026 — Part 2…'],
    ['CafÃ© Ã‰cole NiÃ±os Ãœbung', 'Café École Niños Übung'],
    ['ACEÂ® Â© Â½', 'ACE® © ½'],
    ['Trainerâ„¢', 'Trainer™'],
    ['Strong ðŸ’ª', 'Strong 💪'],
  ])('repairs %j', (broken, repaired) => {
    expect(repairMojibake(broken)).toBe(repaired);
  });

  it.each([
    'São Paulo, SÃO PAULO',
    'Ärger über Öl',
    'JOSÉ’S “CAFÉ”',
    'naïve – déjà vu…',
    'Â alone, Ã then a letter: Ãb',
    // "Â" and a byte that would decode to a control character: not mojibake.
    'Â€',
    RTL_AND_EMOJI,
  ])('leaves real text alone: %j', (text) => {
    expect(repairMojibake(text)).toBe(text);
  });

  it('leaves a sequence that is not valid UTF-8 as it is', () => {
    expect(repairMojibake('â€')).toBe('â€');
    expect(repairMojibake('Ã')).toBe('Ã');
  });
});

describe('cleanText', () => {
  it('repairs, removes controls and leaves single spaces, in that order', () => {
    // The C1 byte of "”" would be removed as a control before the repair could use it.
    expect(cleanText('  The\tIndividualâ€™s\n\u0007â€œWhyâ€\u009d\u00a0\u202e  ')).toBe('The Individual’s “Why”');
  });
});

describe('truncateText', () => {
  it('leaves text within the limit as it is', () => {
    expect(truncateText('Short title', 11)).toBe('Short title');
  });

  it('cuts a longer text at a word and ends it with an ellipsis, within the limit', () => {
    const text = 'Resistance Training for Older Adults and Active Agers';
    expect(truncateText(text, 30)).toBe('Resistance Training for Older…');
    expect(truncateText(text, 30).length).toBeLessThanOrEqual(30);
    expect(truncateText('Training, Coaching and Care', 20)).toBe('Training, Coaching…');
    expect(truncateText('Training: coaching and care', 20)).toBe('Training: coaching…');
  });

  it('cuts a text without spaces mid-word, never between the halves of an emoji', () => {
    expect(truncateText('x'.repeat(1000), 300)).toBe(`${'x'.repeat(299)}…`);
    const emoji = '💪'.repeat(200);
    const cut = truncateText(emoji, 300);
    expect(cut.length).toBeLessThanOrEqual(300);
    expect(cut).toBe(`${'💪'.repeat(149)}…`);
  });
});

describe('fitTitle', () => {
  it('keeps a title within LIMITS.title as it is, and says nothing', () => {
    expect(fitTitle('Functional Training')).toEqual({ title: 'Functional Training' });
  });

  it('shortens a longer title and keeps its length on the page, so that the user can be told', () => {
    const title = 'Strength '.repeat(116_509).trim();
    const fitted = fitTitle(title);
    expect(fitted.title.length).toBeLessThanOrEqual(LIMITS.title);
    expect(fitted.title).toMatch(/^Strength( Strength)+…$/);
    expect(fitted.shortened).toEqual({ title: title.length });
  });
});

describe('elementText', () => {
  it('is the text a person reads, without the code of scripts and styles inside the element', () => {
    const doc = new DOMParser().parseFromString(
      '<h2>Core <em>Training</em><script>window.x = "<b>";</script><style>h2 { color: red }</style><noscript>Enable JavaScript</noscript></h2>',
      'text/html',
    );
    expect(elementText(doc.querySelector('h2'))).toBe('Core Training');
  });

  it('reads markup written as text as text', () => {
    const doc = new DOMParser().parseFromString('<h2>&lt;img src=x onerror=alert(1)&gt; Core</h2>', 'text/html');
    expect(elementText(doc.querySelector('h2'))).toBe('<img src=x onerror=alert(1)> Core');
  });
});
