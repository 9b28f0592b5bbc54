import { render } from '@testing-library/react';
import { vi } from 'vitest';
import { PopupApp } from '../../components/popup/PopupApp';
import type { CeTallyDb } from '../../lib/store/db';

/** Tab actions that do nothing: for popups opened over a page with nothing detected. */
export const IDLE_ACTIONS = {
  undo: async () => undefined,
  saveAgain: async () => undefined,
  openEditor: () => undefined,
};

/** The popup opened over a page with nothing detected; returns its "Add certification" spy. */
export function renderIdlePopup(db: CeTallyDb, addCertification = vi.fn()) {
  render(
    <PopupApp
      db={db}
      reply={{ status: 'none' }}
      actions={IDLE_ACTIONS}
      openLog={() => undefined}
      addCertification={addCertification}
    />,
  );
  return { addCertification };
}
