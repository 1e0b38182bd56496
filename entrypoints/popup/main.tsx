import { render } from 'preact';

render(<p>Policy Lens</p>, document.getElementById('app')!);
