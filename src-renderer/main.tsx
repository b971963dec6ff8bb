/** Renderer entry: mounts the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { keepFocusInView } from './common/keep-focus-in-view.js';
import './styles.css';

const root = document.getElementById('root');
if (root) {
  keepFocusInView(document);
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
