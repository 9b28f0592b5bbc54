import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import WebSocket from 'ws';

interface TargetInfo {
  type: string;
  url: string;
  webSocketDebuggerUrl: string;
}

/**
 * The extension's real popup, driven over the Chrome DevTools Protocol: Playwright (1.65) does
 * not attach to popup views, so this speaks to the popup's page target directly.
 */
export class PopupPage {
  private nextId = 1;
  private pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();

  private constructor(private socket: WebSocket) {
    socket.on('message', (data) => {
      const message = JSON.parse(String(data));
      const waiter = this.pending.get(message.id);
      if (!waiter) return;
      this.pending.delete(message.id);
      if (message.error) waiter.reject(new Error(message.error.message));
      else waiter.resolve(message.result);
    });
  }

  /** Waits for the popup of the extension (the page at `path`) to be open and connects to it. */
  static async attach(
    profile: string,
    extensionId: string,
    timeoutMs = 10_000,
    path = 'popup.html',
  ): Promise<PopupPage> {
    const port = readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0];
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as TargetInfo[];
      const popup = targets.find((t) => t.type === 'page' && t.url === `chrome-extension://${extensionId}/${path}`);
      if (popup) {
        const socket = new WebSocket(popup.webSocketDebuggerUrl, { perMessageDeflate: false });
        await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
        const page = new PopupPage(socket);
        await page.waitFor(() => document.readyState === 'complete');
        return page;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('the popup did not open');
  }

  private send(method: string, params: Record<string, unknown> = {}): Promise<unknown> {
    const id = this.nextId++;
    this.socket.send(JSON.stringify({ id, method, params }));
    return new Promise((resolve, reject) => this.pending.set(id, { resolve, reject }));
  }

  /** Runs a function in the popup (its source is sent, so it must not close over test variables). */
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T> {
    return this.evaluateExpression(`(${fn.toString()})(${JSON.stringify(arg ?? null)})`);
  }

  private async evaluateExpression<T>(expression: string): Promise<T> {
    const result = (await this.send('Runtime.evaluate', {
      expression,
      awaitPromise: true,
      returnByValue: true,
    })) as { result: { value: T }; exceptionDetails?: { exception?: { description?: string }; text: string } };
    if (result.exceptionDetails)
      throw new Error(result.exceptionDetails.exception?.description ?? result.exceptionDetails.text);
    return result.result.value;
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
          `timed out waiting for ${predicate.toString()} (${JSON.stringify(arg)}); popup text: ${await this.text()}`,
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

  /** Clicks the button whose accessible name (aria-label or text) is exactly `name`. */
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
      button.click();
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
   * download link the page creates (the popup's downloads are not Playwright's to catch).
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

  /** A PNG of the popup as its window shows it (at most 600 px high; scroll first to show the rest). */
  async screenshot(path: string): Promise<void> {
    const { data } = (await this.send('Page.captureScreenshot', { format: 'png' })) as { data: string };
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path, Buffer.from(data, 'base64'));
  }

  async close(): Promise<void> {
    await this.evaluate(() => window.close()).catch(() => undefined);
    this.socket.close();
  }
}
