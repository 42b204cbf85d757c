/** A benchmark case's row count from its name: `10k`, `100k`, `1M`, `2500`… */
export function rowsOfCase(name: string): number {
  const match = /^(\d+(?:\.\d+)?)([kM]?)$/.exec(name);
  if (!match) throw new Error(`Unknown benchmark case "${name}": use cdnow or a size such as 10k, 100k, 1M`);
  const scale = match[2] === 'M' ? 1_000_000 : match[2] === 'k' ? 1_000 : 1;
  return Math.round(Number(match[1]) * scale);
}
