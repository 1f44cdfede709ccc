import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.jsx';

// StrictMode mounts each component, unmounts it and mounts it again (in development): FolioArticle
// destroys the first viewer and shows the second.
createRoot(document.getElementById('root')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
