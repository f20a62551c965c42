import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { createRouter } from './app/router';
import { SessionProvider } from './app/session';
import { initI18n } from './i18n/i18n';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The chosen language's texts are there before the first render, so no screen flashes in another language.
void initI18n().then(() => {
  createRoot(root).render(
    <StrictMode>
      <SessionProvider>
        <RouterProvider router={createRouter()} />
      </SessionProvider>
    </StrictMode>,
  );
});
