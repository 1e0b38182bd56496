import { render } from 'preact';
import '../../src/ui/tokens.css';
import './style.css';
import { referenceSet } from '../../src/data/reference';
import { openHistory } from '../../src/storage/history';
import { App } from './App';

render(<App history={openHistory()} reference={referenceSet} />, document.getElementById('app')!);
