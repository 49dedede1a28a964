// Renderer entry: find the API (Electron preload or the browser host's socket) and mount the app.
import '@xterm/xterm/css/xterm.css';
import './styles/theme.css';
import { mount } from 'svelte';
import App from './App.svelte';
import { connectLab } from './api/connect.ts';
import FatalScreen from './shell/FatalScreen.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
try {
  mount(App, { target, props: { connection: connectLab() } });
} catch (err) {
  mount(FatalScreen, {
    target,
    props: { message: err instanceof Error ? err.message : String(err) },
  });
}
