import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { i18n, setUiLanguage, startLanguage } from './i18n';
import { loadUiLanguage } from './storage/uiPrefs';
import { App } from './ui/App';
import './ui/app.css';

const render = () =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App />
      </I18nextProvider>
    </StrictMode>,
  );

// a language other than English loads its strings first, so the page never flashes in English
setUiLanguage(startLanguage(loadUiLanguage(), navigator.languages ?? [navigator.language])).then(render, render);
