/**
 * An extension page (the popup, the log) as the tests drive it, whatever the browser: the helpers below are
 * written once on top of one evaluate, which each browser's driver supplies (DevTools in Chromium, WebDriver
 * BiDi in Firefox).
 */
export abstract class ExtensionView {
  /** Evaluates an expression in the page, awaiting a promise, and returns its value (JSON-like values only). */
  protected abstract evaluateExpression<T>(expression: string): Promise<T>;

  abstract close(): Promise<void>;

  /** Runs a function in the page (its source is sent, so it must not close over test variables). */
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T> {
    return this.evaluateExpression(`(${fn.toString()})(${JSON.stringify(arg ?? null)})`);
  }

  async waitFor<A>(predicate: (arg: A) => unknown, arg?: A, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      // Only truth crosses back: a predicate may end on a DOM element.
      if (
        await this.evaluateExpression(
          `(async () => Boolean(await (${predicate.toString()})(${JSON.stringify(arg ?? null)})))()`,
        )
      )
        return;
      if (Date.now() > deadline)
        throw new Error(
          `timed out waiting for ${predicate.toString()} (${JSON.stringify(arg)}); page text: ${await this.text()}`,
        );
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  text(): Promise<string> {
    return this.evaluate(() => document.body.innerText);
  }

  waitForText(text: string, timeoutMs?: number): Promise<void> {
    return this.waitFor((t) => document.body.innerText.includes(t), text, timeoutMs);
  }

  /**
   * Clicks the button whose accessible name (aria-label or text) is exactly `name`. The click runs in a task
   * after the evaluation has answered: a click that closes the view (the popup, when it opens a tab) would
   * otherwise close it before the answer comes back.
   */
  async clickButton(name: string): Promise<void> {
    await this.waitFor(
      (n) =>
        [...document.querySelectorAll('button')].some(
          (b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === n,
        ),
      name,
    );
    await this.evaluate((n) => {
      const button = [...document.querySelectorAll('button')].find(
        (b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === n,
      )!;
      setTimeout(() => button.click());
    }, name);
  }

  /** The value of the field labelled exactly `label` (an input, select or textarea). */
  fieldValue(label: string): Promise<string> {
    return this.evaluate((l) => {
      const labelled = [...document.querySelectorAll('label')].find((x) => x.textContent?.trim() === l);
      const field = labelled && document.getElementById(labelled.htmlFor);
      if (!field) throw new Error(`no field labelled ${l}`);
      return (field as HTMLInputElement).value;
    }, label);
  }

  /**
   * Sets the field labelled exactly `label` to `value` and tells the page as typing would (React listens
   * for input events, and a select's change).
   */
  async fill(label: string, value: string): Promise<void> {
    await this.waitFor((l) => [...document.querySelectorAll('label')].some((x) => x.textContent?.trim() === l), label);
    await this.evaluate(
      ([l, v]) => {
        const labelled = [...document.querySelectorAll('label')].find((x) => x.textContent?.trim() === l)!;
        const field = document.getElementById(labelled.htmlFor) as
          HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
        field.focus();
        // The prototype's setter, not the field's own: React tracks the value the field's setter last set.
        Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')!.set!.call(field, v);
        field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
      },
      [label, value],
    );
  }

  /**
   * Clicks a button that downloads a file and returns the file's name and text, read from the
   * download link the page creates (a popup's downloads are not Playwright's to catch).
   */
  async download(buttonName: string): Promise<{ fileName: string; text: string }> {
    await this.evaluate(() => {
      const w = window as unknown as { __downloads: Array<{ name: string; href: string }> };
      w.__downloads = [];
      const click = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        if (this.download) w.__downloads.push({ name: this.download, href: this.href });
        return click.call(this);
      };
      // Keep blob URLs alive long enough to read them back.
      URL.revokeObjectURL = () => undefined;
    });
    await this.clickButton(buttonName);
    await this.waitFor(() => (window as unknown as { __downloads: unknown[] }).__downloads.length > 0);
    return this.evaluate(async () => {
      const [file] = (window as unknown as { __downloads: Array<{ name: string; href: string }> }).__downloads;
      const bytes = new Uint8Array(await (await fetch(file.href)).arrayBuffer());
      return { fileName: file.name, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
    });
  }
}

/** What both drivers' pages offer (Playwright's and puppeteer's): an expression evaluated, the tab closed. */
export interface DriverPage {
  evaluate(expression: string): Promise<unknown>;
  close(): Promise<void>;
}

/** A page in a tab of its own, driven by the browser's driver (the log; in Firefox, the popup's page too). */
export class PageView<P extends DriverPage = DriverPage> extends ExtensionView {
  constructor(readonly page: P) {
    super();
  }
  protected evaluateExpression<T>(expression: string): Promise<T> {
    return this.page.evaluate(expression) as Promise<T>;
  }
  close(): Promise<void> {
    return this.page.close();
  }
}
