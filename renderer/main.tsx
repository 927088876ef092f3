import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './components/App.js';
import { initI18n, initialLanguage } from './i18n/index.js';
import { startSession } from './app/startSession.js';
import { detectBackend } from './platform/index.js';
import './styles.css';

async function start(): Promise<void> {
  performance.mark('duizhao:boot');
  const backend = detectBackend();
  // Ask for the project while i18n and React start: the answer is the longest wait of a cold start.
  const startup = startSession(backend);
  await initI18n(initialLanguage());
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <App backend={backend} startup={startup} />
    </StrictMode>,
  );
}

void start();
