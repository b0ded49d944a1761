import { view } from '@forge/bridge';
import { createRoot } from 'react-dom/client';
import '../../shared/tokens.css';
import { App } from './App';

void view.theme.enable();
createRoot(document.getElementById('root')!).render(<App />);
