import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CertificationsEditor } from '../../components/log/CertificationsEditor';
import { LogApp } from '../../components/log/LogApp';
import { getDb } from '../../lib/store/db';
import { tellBackgroundOfCertificationChanges } from '../../lib/background/certification-changes';
import '../../components/styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LogApp db={getDb()} lead={<CertificationsEditor db={getDb()} />} />
  </StrictMode>,
);

// Renewal reminders follow the certifications' dates and switches (lib/background/reminder-service.ts).
tellBackgroundOfCertificationChanges(getDb());
