import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * A modal dialog around a form: it takes focus (its first field), Escape closes it, and on closing focus goes
 * back to what opened it, or to `fallbackFocus` when that is gone (a row deleted meanwhile, a page opened at the
 * form), so that focus never drops to the page.
 */
export function FormDialog({
  label,
  onClose,
  fallbackFocus,
  children,
}: {
  label: string;
  onClose: () => void;
  fallbackFocus?: () => HTMLElement | null | undefined;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const fallback = useRef(fallbackFocus);
  useEffect(() => {
    fallback.current = fallbackFocus;
  });
  // What had focus when the dialog opened (the button clicked), read once.
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));

  useEffect(() => {
    const dialog = ref.current!;
    if (!dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    dialog.querySelector<HTMLElement>('input:not([type="hidden"]), select, textarea')?.focus();
    return () => {
      if (dialog.open && typeof dialog.close === 'function') dialog.close();
      // After React has drawn what follows the form (the row saved, the row gone): focus what is there.
      queueMicrotask(() => {
        // Still on the page and open: StrictMode ran the effect again, nothing closed.
        if (dialog.isConnected && dialog.open) return;
        const target =
          opener && opener.isConnected && opener !== document.body ? opener : (fallback.current?.() ?? null);
        target?.focus();
      });
    };
  }, [opener]);

  return (
    <dialog
      ref={ref}
      className="form-dialog"
      aria-label={label}
      onCancel={(event) => {
        // Escape: close through React, so that the page's state and the dialog agree.
        event.preventDefault();
        onClose();
      }}
    >
      {children}
    </dialog>
  );
}
