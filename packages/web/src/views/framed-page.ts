import { el } from '../dom.js';

/**
 * A whole HTML page the SDK rendered (a report, the insights: their own styles, no scripts),
 * framed so neither page's styles touch the other's, under a link that saves it as it is shown.
 */
export function framedPage(html: string, title: string, fileName: string, linkText: string): Node {
  const frame = el('iframe', { title, sandbox: 'allow-same-origin' });
  frame.srcdoc = html;
  frame.addEventListener('load', () => {
    frame.style.height = `${frame.contentDocument?.documentElement.scrollHeight ?? 800}px`;
  });
  const download = el('a', { href: URL.createObjectURL(new Blob([html], { type: 'text/html' })), download: fileName }, linkText);
  return el('div', {}, el('p', {}, download), frame);
}
