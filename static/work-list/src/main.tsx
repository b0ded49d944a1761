import { view } from '@forge/bridge';
import { createRoot } from 'react-dom/client';
import '../../shared/tokens.css';
import { GlobalPage } from './GlobalPage';

void view.theme.enable();
createRoot(document.getElementById('root')!).render(<GlobalPage />);
