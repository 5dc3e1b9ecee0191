// npm run build:web: the same build `npm start` makes when the sources changed (--force: always).
import { ensureWebBuild } from '../server/web-build.ts';

if (process.argv.includes('--force')) {
  const fs = await import('node:fs');
  fs.rmSync(new URL('../web/dist/.sources.sha256', import.meta.url), { force: true });
}
await ensureWebBuild();
console.log('Giao diện web đã sẵn sàng / the web app is built.');
