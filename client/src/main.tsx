import './i18n';
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

applyCssVariables(document.documentElement);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
