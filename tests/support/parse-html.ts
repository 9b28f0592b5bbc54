import { Window } from 'happy-dom';

/**
 * A static DOM for a saved page, outside the browser (the detect CLI, tests, the benchmark).
 * Scripts never run: the page is read as the content script would see it, not executed.
 */
export function parseHtml(html: string, url: string): { document: Document; close: () => void } {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
      },
    },
  });
  window.document.write(html);
  return {
    document: window.document as unknown as Document,
    close: () => void window.happyDOM.abort().then(() => window.close()),
  };
}
