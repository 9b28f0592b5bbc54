import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import WebSocket from 'ws';
import { ExtensionView } from './extension-view';

interface TargetInfo {
  type: string;
  url: string;
  webSocketDebuggerUrl: string;
}

/**
 * The extension's real popup, driven over the Chrome DevTools Protocol: Playwright (1.65) does
 * not attach to popup views, so this speaks to the popup's page target directly.
 */
export class PopupPage extends ExtensionView {
  private nextId = 1;
  private pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();

  private constructor(private socket: WebSocket) {
    super();
    socket.on('message', (data) => {
      const message = JSON.parse(String(data));
      const waiter = this.pending.get(message.id);
      if (!waiter) return;
      this.pending.delete(message.id);
      if (message.error) waiter.reject(new Error(message.error.message));
      else waiter.resolve(message.result);
    });
    // A view that closes answers nothing more: its waiters fail, rather than hang until the test's timeout.
    socket.on('close', () => {
      for (const waiter of this.pending.values()) waiter.reject(new Error('the popup closed'));
      this.pending.clear();
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
    if (this.socket.readyState !== WebSocket.OPEN) return Promise.reject(new Error('the popup closed'));
    const id = this.nextId++;
    this.socket.send(JSON.stringify({ id, method, params }));
    return new Promise((resolve, reject) => this.pending.set(id, { resolve, reject }));
  }

  protected async evaluateExpression<T>(expression: string): Promise<T> {
    const result = (await this.send('Runtime.evaluate', {
      expression,
      awaitPromise: true,
      returnByValue: true,
    })) as { result: { value: T }; exceptionDetails?: { exception?: { description?: string }; text: string } };
    if (result.exceptionDetails)
      throw new Error(result.exceptionDetails.exception?.description ?? result.exceptionDetails.text);
    return result.result.value;
  }

  /** A PNG of the popup as its window shows it (at most 600 px high; scroll first to show the rest). */
  async screenshot(path: string, { full = false } = {}): Promise<void> {
    // `full`: the whole content, as a window of the popup's own limit (600 px) shows it, whatever this window's size.
    const clip = full
      ? await this.evaluate(() => ({
          x: 0,
          y: 0,
          width: document.documentElement.scrollWidth,
          height: document.documentElement.scrollHeight,
          scale: 1,
        }))
      : undefined;
    const { data } = (await this.send('Page.captureScreenshot', {
      format: 'png',
      ...(clip && { clip, captureBeyondViewport: true }),
    })) as { data: string };
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path, Buffer.from(data, 'base64'));
  }

  /** Shows the popup as a browser in light or dark mode does (prefers-color-scheme). */
  async emulateColorScheme(scheme: 'light' | 'dark'): Promise<void> {
    await this.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: scheme }] });
  }

  /** Presses a key in the popup as the keyboard does (Tab moves focus, Enter activates). */
  async press(key: 'Tab' | 'Enter' | 'Escape' | 'Shift+Tab'): Promise<void> {
    const shift = key === 'Shift+Tab';
    const name = shift ? 'Tab' : key;
    const code = { Tab: 9, Enter: 13, Escape: 27 }[name];
    const base = {
      key: name,
      code: name,
      windowsVirtualKeyCode: code,
      nativeVirtualKeyCode: code,
      modifiers: shift ? 8 : 0,
    };
    await this.send('Input.dispatchKeyEvent', { type: 'keyDown', ...base, ...(name === 'Enter' && { text: '\r' }) });
    await this.send('Input.dispatchKeyEvent', { type: 'keyUp', ...base });
  }

  /** The accessible name of the focused element (its aria-label or text), or its tag when it has neither. */
  focused(): Promise<string> {
    return this.evaluate(() => {
      const e = document.activeElement;
      if (!e || e === document.body) return 'BODY';
      return e.getAttribute('aria-label') ?? e.textContent?.trim() ?? e.tagName;
    });
  }

  async close(): Promise<void> {
    await this.evaluate(() => window.close()).catch(() => undefined);
    this.socket.close();
  }
}
