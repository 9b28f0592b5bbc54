import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import {
  attachCertificate,
  certificateOf,
  formatFileSize,
  putBackCertificates,
  removeCertificates,
} from '../../lib/store/certificate-files';
import type { CeTallyDb, CertificateFile } from '../../lib/store/db';
import type { Activity } from '../../lib/model/schema';
import { downloadBlob, openBlob } from '../../lib/export/download';
import { useAction } from '../use-action';

const TYPE_LABELS: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/png': 'PNG image',
  'image/jpeg': 'JPEG image',
  'image/webp': 'WebP image',
  'image/gif': 'GIF image',
};

export function fileNames(files: CertificateFile[]): string {
  return files.map((f) => `“${f.name}”`).join(', ');
}

/** The certificate file of an activity being edited: open, download, replace or remove it, with Undo. */
export function CertificateFilePanel({ db, activity }: { db: CeTallyDb; activity: Activity }) {
  const id = useId();
  const file = useLiveQuery(() => certificateOf(db, activity), [db, activity.certificateFileId]);
  const [done, setDone] = useState<{ text: string; undo: () => Promise<void> } | undefined>();

  const { error, setError, run } = useAction();
  const attach = (chosen: File) =>
    run(async () => {
      const result = await attachCertificate(db, activity.id, chosen);
      if (result.status === 'refused') return setError(result.message);
      if (result.status === 'missing') return setError('This activity is no longer in your log.');
      setDone({
        text:
          result.replaced.length > 0
            ? `Replaced ${fileNames(result.replaced)} with “${result.file.name}”.`
            : `Attached “${result.file.name}”.`,
        undo: () => putBackCertificates(db, activity.id, result.replaced),
      });
    });
  const remove = () =>
    run(async () => {
      const removed = await removeCertificates(db, activity.id);
      setDone({
        text: `Removed the certificate file ${fileNames(removed)}.`,
        undo: () => putBackCertificates(db, activity.id, removed),
      });
    });
  const undo = (action: () => Promise<void>) =>
    run(async () => {
      await action();
      setDone(undefined);
    });

  return (
    <section className="certificate-panel" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Certificate file</h3>
      {file === undefined ? (
        <p className="muted">No certificate file attached.</p>
      ) : (
        <>
          <p className="certificate-name">
            {file.name}{' '}
            <span className="muted">
              · {TYPE_LABELS[file.type] ?? file.type} · {formatFileSize(file.size)}
            </span>
          </p>
          <div className="actions">
            <button type="button" onClick={() => openBlob(file.blob)}>
              Open certificate
            </button>
            <button type="button" onClick={() => downloadBlob(file.blob, file.name)}>
              Download certificate
            </button>
            <button type="button" onClick={remove}>
              Remove certificate
            </button>
          </div>
        </>
      )}
      <div className="field">
        <label htmlFor={`${id}-file`}>
          {file ? 'Replace with another file' : 'Attach a file'} (PDF or image, up to 10 MB)
        </label>
        <input
          id={`${id}-file`}
          type="file"
          accept="application/pdf,image/png,image/jpeg,image/webp,image/gif"
          onChange={(e) => {
            const chosen = e.target.files?.[0];
            e.target.value = '';
            if (chosen) attach(chosen);
          }}
        />
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {done && (
        <p role="status">
          {done.text}{' '}
          <button type="button" onClick={() => undo(done.undo)}>
            Undo
          </button>
        </p>
      )}
    </section>
  );
}
