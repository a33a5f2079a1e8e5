/** count(*) is a number from SQLite and may be a string from PostgreSQL: convert here only. */
export function toCount(value: string | number | bigint | null | undefined): number {
  if (value === null || value === undefined) return 0;
  return Number(value);
}
