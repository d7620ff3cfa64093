import type { FrameLocator, Locator, Page } from 'playwright-core';

/** The VS Code workbench in a page: the few gestures a person makes, by keyboard and mouse. */
export class Workbench {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    // The explorer lists the folder once the workbench has its workspace.
    await this.page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
  }

  /** Opens a file by Quick Open (Ctrl+P), as a person would, and waits for its editor. */
  async openFile(relativePath: string): Promise<Editor> {
    const name = relativePath.split('/').pop() ?? relativePath;
    await this.page.keyboard.press('Control+P');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(relativePath);
    await this.page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor();
    await this.page.keyboard.press('Enter');
    await this.page.locator('.tab.active', { hasText: name }).waitFor();
    const root = this.page.locator('.editor-group-container.active .editor-instance .monaco-editor').first();
    await root.locator('.view-lines').waitFor();
    return new Editor(this.page, root);
  }

  /** The text of a status-bar entry whose text or label matches. */
  statusBarItem(text: RegExp): Locator {
    return this.page.locator('.statusbar-item', { hasText: text }).first();
  }

  /**
   * Runs a command from the palette by its title. Extension commands appear once the
   * extension host has registered them, so a palette without it is closed and opened again.
   */
  async runCommand(title: string, timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      await this.page.keyboard.press('Control+Shift+P');
      const input = this.page.locator('.quick-input-widget input');
      await input.waitFor();
      await input.fill(`>${title}`);
      const row = this.page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
      try {
        await row.waitFor({ timeout: 5_000 });
        await this.page.keyboard.press('Enter');
        return;
      } catch (error) {
        await this.page.keyboard.press('Escape');
        if (Date.now() > deadline) throw error;
      }
    }
  }

  /** Chooses the entry of the open quick pick whose label is `label`. */
  async pick(label: string): Promise<void> {
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(label);
    await this.page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first().waitFor();
    await this.page.keyboard.press('Enter');
  }

  /** Answers the input box titled `title` (or accepts what it proposes when no text is given). */
  async answer(title: string, text?: string): Promise<void> {
    // Anchored and case-sensitive: the next prompt may reuse the widget with a title that contains
    // this one ("Save the new PlacementRequest" after "New PlacementRequest").
    const exact = new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
    const widget = this.page.locator('.quick-input-widget', { has: this.page.locator('.quick-input-title', { hasText: exact }) });
    const input = widget.locator('input');
    await input.waitFor();
    if (text !== undefined) await input.fill(text);
    // The save dialog (a quick input in the browser) accepts with its OK button; prompts with Enter.
    const ok = widget.locator('.monaco-button', { hasText: /^OK$/ });
    if (await ok.isVisible()) await ok.click();
    else await input.press('Enter');
    await widget.waitFor({ state: 'hidden' });
  }

  /** The content of the visible webview panel (two iframes deep, as VS Code hosts them; a hidden panel's frame is skipped). */
  webview(): FrameLocator {
    return this.page.frameLocator('iframe.webview.ready:visible').frameLocator('#active-frame');
  }

  /** Problems panel rows (Ctrl+Shift+M), as their visible text. */
  async problems(): Promise<string[]> {
    // Ctrl+Shift+M toggles: press it only while the panel is not showing.
    if (!(await this.page.locator('.markers-panel').isVisible())) await this.page.keyboard.press('Control+Shift+M');
    const rows = this.page.locator('.markers-panel .monaco-list-row');
    await rows.first().waitFor();
    return rows.allInnerTexts();
  }
}

/** A rectangle on the page, in CSS pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The editor of the active tab: where text is, what is drawn on it, and what pops up. */
export class Editor {
  constructor(
    readonly page: Page,
    readonly root: Locator,
  ) {}

  /**
   * Where `length` characters from a 0-based position are drawn: measured with a DOM Range
   * over the rendered line, so it is exactly where a person sees the text. Scrolls the line
   * into view first.
   */
  async textBox(line: number, character: number, length: number): Promise<Box> {
    await this.root.click({ position: { x: 200, y: 10 } });
    await goToLine(this.page, line + 1, character + 1);
    const lineHeight = await this.root
      .locator('.view-line')
      .first()
      .evaluate((el) => el.getBoundingClientRect().height);
    const cursor = await this.root.locator('.cursor').first().boundingBox();
    if (!cursor) throw new Error('no cursor');
    return this.root.locator('.view-lines').evaluate(
      (lines, { y, character, length, lineHeight }) => {
        const row = [...lines.querySelectorAll<HTMLElement>('.view-line')].find((el) => {
          const r = el.getBoundingClientRect();
          return r.top <= y + lineHeight / 2 && y + lineHeight / 2 < r.bottom;
        });
        if (!row) throw new Error('line not rendered');
        const range = document.createRange();
        let offset = 0;
        const walker = document.createTreeWalker(row, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const size = node.textContent?.length ?? 0;
          if (offset <= character && character < offset + size) range.setStart(node, character - offset);
          if (offset < character + length && character + length <= offset + size) range.setEnd(node, character + length - offset);
          offset += size;
        }
        const r = range.getBoundingClientRect();
        return { x: r.left, y: r.top, width: r.width, height: r.height };
      },
      { y: cursor.y, character, length, lineHeight },
    );
  }

  /** The text of the rendered line under a 0-based line number (non-breaking spaces as spaces). */
  async lineText(line: number): Promise<string> {
    await goToLine(this.page, line + 1, 1);
    const cursor = await this.root.locator('.cursor').first().boundingBox();
    const rows = this.root.locator('.view-line');
    for (let i = 0; i < (await rows.count()); i++) {
      const box = await rows.nth(i).boundingBox();
      if (box && cursor && box.y <= cursor.y + 2 && cursor.y + 2 < box.y + box.height) {
        return (await rows.nth(i).innerText()).replace(/\u00a0/g, ' ');
      }
    }
    throw new Error(`line ${line + 1} is not rendered`);
  }

  /** Selects text by position and types over it, as a person would. */
  async replace(line: number, character: number, length: number, text: string): Promise<void> {
    await goToLine(this.page, line + 1, character + 1);
    for (let i = 0; i < length; i++) await this.page.keyboard.press('Shift+ArrowRight');
    await this.page.keyboard.type(text);
  }

  /** The error squiggles drawn in the editor, as boxes. */
  async squiggles(kind: 'error' | 'warning' = 'error'): Promise<Box[]> {
    const boxes = await this.root.locator(`.squiggly-${kind}`).evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { x: r.left, y: r.top, width: r.width, height: r.height };
      }),
    );
    return boxes.filter((b) => b.width > 0);
  }

  /** Hovers the middle of a box and returns the hover's text once it shows. */
  async hover(box: Box): Promise<string> {
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const hover = this.page.locator('.monaco-hover:not(.hidden)').first();
    await hover.waitFor();
    await this.page.waitForTimeout(300); // contributions from several providers land one after another
    return hover.innerText();
  }

  /** Triggers completion (Ctrl+Space) at a position and returns the labels offered; the list stays open. */
  async completions(line: number, character: number): Promise<string[]> {
    await this.page.mouse.move(0, 0);
    await goToLine(this.page, line + 1, character + 1);
    await this.page.keyboard.press('Control+Space');
    const rows = this.page.locator('.suggest-widget.visible .monaco-list-row');
    await rows.first().waitFor();
    return this.page.locator('.suggest-widget.visible .monaco-list-row .label-name').allInnerTexts();
  }

  /** Opens the quick fixes (Ctrl+.) at a position; returns their titles. */
  async quickFixes(line: number, character: number): Promise<string[]> {
    await this.page.mouse.move(0, 0);
    await goToLine(this.page, line + 1, character + 1);
    await this.page.keyboard.press('Control+.');
    const rows = this.page.locator('.action-widget .monaco-list-row.action');
    await rows.first().waitFor();
    return rows.allInnerTexts();
  }

  /** Applies the open quick-fix menu's entry with this title. */
  async applyQuickFix(title: string): Promise<void> {
    const row = this.page.locator('.action-widget .monaco-list-row.action', { hasText: title }).first();
    await row.click();
    await row.waitFor({ state: 'detached' });
  }

  async save(): Promise<void> {
    await this.page.keyboard.press('Control+S');
    await this.page.locator('.tab.active.dirty').waitFor({ state: 'detached' });
  }
}

/** Moves the cursor to a 1-based line and column with Go to Line (Ctrl+G). */
async function goToLine(page: Page, line: number, column: number): Promise<void> {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden' });
}
