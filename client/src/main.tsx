import { i18nReady } from './i18n';
import './styles/app.css';
import './styles/components.css';
import './styles/print.css';
import './styles/results.css';
import './styles/staff.css';
import './styles/desk.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { applyCssVariables } from './components/theme';
import { preloadRoute } from './routePreload';

// The first page's chunk and data are requested now, beside the texts, not after the first render.
preloadRoute(window.location.pathname);
applyCssVariables(document.documentElement);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const app = createRoot(root);
const render = () =>
  app.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
// The first render waits for the texts, so that no key is ever shown in their place; if they cannot be
// fetched, the pages still render (with keys) rather than nothing.
void i18nReady.then(render, render);
