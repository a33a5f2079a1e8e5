/** Entry point: loads the styles and mounts the admin app into #app. */
import { render } from 'preact';
import 'prosemirror-view/style/prosemirror.css';
import './styles/admin.css';
import { App } from './app.js';

const root = document.getElementById('app');
if (root !== null) {
  root.textContent = '';
  render(<App />, root);
}
