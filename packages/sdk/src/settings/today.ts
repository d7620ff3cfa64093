/** Today's date in the local time zone, YYYY-MM-DD: the date rules judge by when no `asOf` is set. */
export function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
