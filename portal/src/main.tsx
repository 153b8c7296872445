import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { Auth } from './auth';
import { loadConfig } from './config';
import './styles.css';

const root = createRoot(document.getElementById('root')!);

loadConfig().then(
  (config) =>
    root.render(
      <StrictMode>
        <App config={config} auth={new Auth(config)} />
      </StrictMode>,
    ),
  () =>
    root.render(
      <main className="message-page">
        <h1>The portal cannot start</h1>
        <p role="alert">Its configuration could not be loaded. Reload the page in a moment.</p>
      </main>,
    ),
);
