import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CertificationsSection } from '../../components/CertificationsSection';
import { LogApp } from '../../components/LogApp';
import { getDb } from '../../lib/store/db';
import '../../components/styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LogApp db={getDb()} />
    <CertificationsSection db={getDb()} />
  </StrictMode>,
);
