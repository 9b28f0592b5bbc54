import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SummaryPage } from '../../components/packet/SummaryPage';
import { parseSummaryQuery } from '../../lib/routes';
import { getDb } from '../../lib/store/db';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SummaryPage db={getDb()} request={parseSummaryQuery(location.search)} print={() => window.print()} />
  </StrictMode>,
);
