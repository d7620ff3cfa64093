import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';

/**
 * A unified diff (as `diff -u` and `git diff` print it) of two versions of a file, with
 * `context` unchanged lines around each change; empty when they are equal. jsdiff writes it,
 * including the `\ No newline at end of file` marker when only the final newline changes.
 */
export function unifiedDiff(oldText: string, newText: string, oldName: string, newName: string, context = 3): string {
  if (oldText === newText) return '';
  return createTwoFilesPatch(oldName, newName, oldText, newText, undefined, undefined, { context, headerOptions: FILE_HEADERS_ONLY });
}
