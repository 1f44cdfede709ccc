import { useState } from 'react';
import { FolioArticle } from './FolioArticle.jsx';

export function App() {
  const [title, setTitle] = useState(null);
  const [problem, setProblem] = useState(null);
  return (
    <main style={{ maxWidth: 900, margin: '0 auto', fontFamily: 'system-ui, sans-serif' }}>
      {/* The heading comes from the viewer's 'load' event. */}
      <h1>{title ?? 'Loading the article…'}</h1>
      {problem && <p role="alert">{problem}</p>}
      <FolioArticle
        src="article.json"
        onLoad={(event) => { setTitle(event.detail.title); setProblem(null); }}
        onError={(event) => setProblem(event.detail.message)}
        style={{ height: '70vh', border: '1px solid #ccc' }}
      />
    </main>
  );
}
