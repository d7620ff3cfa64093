/**
 * The page: the user opens a folder or drops files; the SDK checks them here, in the browser,
 * and each view of views/index.ts shows the result in a tab. Nothing leaves the page.
 */
import { check } from './check.js';
import { el } from './dom.js';
import { droppedFiles, inputFiles, readGiven } from './files.js';
import { VIEWS } from './views/index.js';

const status = document.getElementById('status')!;
const tabs = document.getElementById('tabs')!;
const panels = document.getElementById('panels')!;

function say(state: 'checking' | 'done' | 'failed', text: string): void {
  status.dataset.state = state;
  status.textContent = text;
}

function select(id: string): void {
  for (const tab of tabs.querySelectorAll('button')) tab.setAttribute('aria-selected', String(tab.dataset.view === id));
  for (const panel of panels.children) (panel as HTMLElement).hidden = panel.id !== `view-${id}`;
}

async function show(files: Array<{ path: string; file: File }>): Promise<void> {
  say('checking', `Checking ${files.length} files…`);
  try {
    const checked = await check(await readGiven(files));
    const rendered = await Promise.all(VIEWS.map((v) => v.render(checked)));
    tabs.replaceChildren(
      ...VIEWS.map((v) => {
        const tab = el('button', { type: 'button', role: 'tab', 'data-view': v.id, 'aria-controls': `view-${v.id}` }, v.title);
        tab.addEventListener('click', () => select(v.id));
        return tab;
      }),
    );
    panels.replaceChildren(...VIEWS.map((v, i) => el('section', { id: `view-${v.id}`, role: 'tabpanel' }, rendered[i]!)));
    select(VIEWS[0]!.id);
    say('done', `Checked ${checked.results.length} files.`);
  } catch (error) {
    // A bug of ours, not a problem in the files: say so plainly, without a stack trace.
    say('failed', `NOF could not check these files: ${error instanceof Error ? error.message : String(error)}`);
  }
}

const picker = document.getElementById('folder') as HTMLInputElement;
picker.addEventListener('change', () => picker.files && show(inputFiles(picker.files)));
document.addEventListener('dragover', (event) => event.preventDefault());
document.addEventListener('drop', async (event) => {
  event.preventDefault();
  if (event.dataTransfer) await show(await droppedFiles(event.dataTransfer));
});
