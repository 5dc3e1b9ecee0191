// Renders the seed-shaped sample report to look at it:
//   npx tsx server/modules/reports/document/render-sample.ts [--screenshots]
// writes /tmp/report-sample.docx, .pdf and one PNG per page (pdftoppm, 70 dpi); with
// --screenshots also copies the first and last page to docs/screenshots/.

import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderDocx } from './docx-render.ts';
import { convertDocxToPdf } from './pdf-convert.ts';
import { sampleReport } from './sample-report.ts';

const OUT_DIR = tmpdir();
const BASE = path.join(OUT_DIR, 'report-sample');
const PNG_DPI = '70';
const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

async function main(): Promise<void> {
  const started = Date.now();
  const docx = await renderDocx(sampleReport());
  writeFileSync(`${BASE}.docx`, docx);
  console.log(`docx ${docx.length} bytes in ${Date.now() - started} ms → ${BASE}.docx`);

  const pdf = await convertDocxToPdf(docx);
  writeFileSync(`${BASE}.pdf`, pdf);
  console.log(`pdf ${pdf.length} bytes → ${BASE}.pdf`);

  for (const old of pagePngs()) {
    rmSync(path.join(OUT_DIR, old));
  }
  execFileSync('pdftoppm', ['-png', '-r', PNG_DPI, `${BASE}.pdf`, BASE]);
  const pages = pagePngs();
  console.log(`${pages.length} pages: ${pages.map((p) => path.join(OUT_DIR, p)).join(' ')}`);

  if (process.argv.includes('--screenshots')) {
    const dir = path.join(REPO_ROOT, 'docs', 'screenshots');
    mkdirSync(dir, { recursive: true });
    copyFileSync(path.join(OUT_DIR, pages[0]), path.join(dir, 'report-page1.png'));
    copyFileSync(path.join(OUT_DIR, pages[pages.length - 1]), path.join(dir, 'report-last.png'));
    console.log(`screenshots → ${dir}`);
  }
}

/** pdftoppm names pages report-sample-1.png or report-sample-01.png depending on the page count. */
function pagePngs(): string[] {
  return readdirSync(OUT_DIR)
    .filter((name) => /^report-sample-\d+\.png$/.test(name))
    .sort((a, b) => Number(/(\d+)\.png$/.exec(a)?.[1]) - Number(/(\d+)\.png$/.exec(b)?.[1]));
}

await main();
